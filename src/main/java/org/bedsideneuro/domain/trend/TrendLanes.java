package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamId;

/**
 * The trend overview as lanes on one time axis, top to bottom in the order a ward round reads the story: the daily MME,
 * the orders, distal strength, reflexes, foot drop and gait, the jerk rate, sedation and OIN signs, eGFR, pain, nerve
 * conduction, and the flags. Screen and paper draw from the same lanes in the same order. x is the epoch day plus the
 * fraction of the day, as in {@link TrendSeries}. Built by {@link TrendLanesBuilder}; no drawing here.
 */
public record TrendLanes(TrendSeries series, List<Lane> lanes) {
    public TrendLanes {
        Objects.requireNonNull(series, "series");
        lanes = List.copyOf(lanes);
    }

    public LocalDate from() {
        return series.from();
    }

    public LocalDate to() {
        return series.to();
    }

    public double xFrom() {
        return series.xFrom();
    }

    public double xTo() {
        return series.xTo();
    }

    public List<Flag> flags() {
        return series.flags();
    }

    public Lane lane(String id) {
        return lanes.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No trend lane " + id));
    }

    /** What every lane has: an id (also its CSS class and saved "opened" state), a title, and whether it has data. */
    public sealed interface Lane permits MmeLane, OrderLane, StripLane, PointLane, FlagLane {
        String id();

        String title();

        boolean empty();

        /** "No jerk rate recorded in this period": what a folded lane says. */
        String emptyText();
    }

    /** The daily MME as steps, the part infusions count by rate, and the PRN doses given. */
    public record MmeLane(List<TrendSeries.Step> steps, List<TrendSeries.Step> infusions, List<TrendSeries.DoseMark> prnDoses,
                          double yMax) implements Lane {
        public MmeLane {
            steps = List.copyOf(steps);
            infusions = List.copyOf(infusions);
            prnDoses = List.copyOf(prnDoses);
        }

        @Override public String id() { return "mme"; }
        @Override public String title() { return "Daily MME"; }
        @Override public boolean empty() { return steps.stream().allMatch(s -> s.mme() == 0) && prnDoses.isEmpty(); }
        @Override public String emptyText() { return "No opioid given in this period (daily MME 0)"; }
    }

    /** Opioid orders then other orders (adjuvants) as bars; {@code lanes} rows, opioids first. */
    public record OrderLane(List<TrendSeries.Bar> opioids, List<TrendSeries.Bar> others, int opioidRows, int rows) implements Lane {
        public OrderLane {
            opioids = List.copyOf(opioids);
            others = List.copyOf(others);
        }

        @Override public String id() { return "orders"; }
        @Override public String title() { return "Orders"; }
        @Override public boolean empty() { return opioids.isEmpty() && others.isEmpty(); }
        @Override public String emptyText() { return "No orders in this period"; }

        /** The row a bar is drawn in: opioids on top, the others below them. */
        public int row(TrendSeries.Bar bar) {
            return opioids.contains(bar) ? bar.lane() : opioidRows + bar.lane();
        }
    }

    /**
     * A heat strip: one compact row per finding and side, each recorded value a cell reaching to the next recording
     * (or the end of the period), coloured by severity, marked when worse than baseline.
     */
    public record StripLane(String id, String title, String emptyText, List<StripRow> rows) implements Lane {
        public StripLane {
            rows = List.copyOf(rows);
        }

        @Override public boolean empty() { return rows.stream().allMatch(r -> r.cells().isEmpty()); }
    }

    /** One row of a strip: a short label ("Ankle dorsiflexion L"), the full name, its cells oldest first. */
    public record StripRow(String label, String name, List<Cell> cells) {
        public StripRow {
            cells = List.copyOf(cells);
        }

        /** The cell showing at {@code x} (the last recorded at or before it), or null. */
        public Cell at(double x) {
            int lo = 0;
            int hi = cells.size() - 1;
            Cell found = null;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (cells.get(mid).recordedX() <= x) {
                    found = cells.get(mid);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }
    }

    /**
     * One recorded value in a strip: drawn from {@code startX} (its recording, or the period's start for a value
     * carried in from before) to {@code endX}; {@code severity} 0 (normal) to 3 (severe) picks its colour.
     */
    public record Cell(double startX, double endX, double recordedX, String value, int severity, boolean worseThanBaseline,
                       ExamId examId, Source source) {
    }

    /**
     * Where a value came from: the kind of record, when (the ward's local time) and by whom; written out only when read
     * (five years hold some forty thousand values, a crosshair reads a dozen).
     */
    public record Source(String kind, LocalDateTime at, String by) {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

        /** "Observation 2026-10-18 10:00, RN Demo Nurse". */
        public String text() {
            return kind + " " + WHEN.format(at) + ", " + by;
        }
    }

    /** Numeric values as points (drawn thinned from the series' lines), the raw values kept for the crosshair. */
    public record PointLane(String id, String title, String emptyText, String unit, double yMax, List<TrendSeries.Line> lines, List<Reading> readings)
            implements Lane {
        public PointLane {
            lines = List.copyOf(lines);
            readings = List.copyOf(readings);
        }

        @Override public boolean empty() { return readings.isEmpty(); }
    }

    /** A numeric value as recorded: its line, x, value text, exam and source ("observation 12 Oct 10:00, RN Ward"). */
    public record Reading(String line, double x, double y, String value, ExamId examId, Source source) {
    }

    /** The flags of the period; grouped into markers at drawing width by {@link FlagGroups}. */
    public record FlagLane(List<Flag> flags) implements Lane {
        public FlagLane {
            flags = List.copyOf(flags);
        }

        @Override public String id() { return "flags"; }
        @Override public String title() { return "Flags"; }
        @Override public boolean empty() { return flags.isEmpty(); }
        @Override public String emptyText() { return "No flags in this period"; }
    }
}
