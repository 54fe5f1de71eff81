package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.OrderId;

/**
 * Everything the trend view draws for one period, already thinned, as plain numbers on one time axis: x is the
 * epoch day in the ward's zone plus the fraction of the day (so every panel shares the same x range, {@link #xFrom()}
 * to {@link #xTo()}). Built by {@link TrendSeriesBuilder}; no drawing here.
 */
public record TrendSeries(LocalDate from, LocalDate to, List<Step> mme, List<Bar> opioidBars, List<Bar> adjuvantBars,
                          List<Panel> panels, List<Flag> flags, int recordedPoints, int drawnPoints, List<DoseMark> prnDoses,
                          List<Step> infusionMme) {
    public TrendSeries {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        mme = List.copyOf(mme);
        opioidBars = List.copyOf(opioidBars);
        adjuvantBars = List.copyOf(adjuvantBars);
        panels = List.copyOf(panels);
        flags = List.copyOf(flags);
        prnDoses = List.copyOf(prnDoses);
        infusionMme = List.copyOf(infusionMme);
    }

    /**
     * The PRN doses given on one day (or, over a long period, one week), marked on the MME chart where the breakthrough
     * use can be read against the daily MME: clinical reference section 6 counts them as given.
     */
    public record DoseMark(double startX, double endX, int doses, String text) {
    }

    /** Left edge of the time axis: the start of {@code from}. */
    public double xFrom() {
        return from.toEpochDay();
    }

    /** Right edge of the time axis: the end of {@code to}. */
    public double xTo() {
        return to.toEpochDay() + 1;
    }

    /** Highest daily MME of the period (0 when none). */
    public double mmeMax() {
        return mme.stream().mapToDouble(Step::mme).max().orElse(0);
    }

    public Panel panel(String id) {
        return panels.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No trend panel " + id));
    }

    /** Consecutive days with the same daily MME, drawn as one step; {@code uncounted}: an opioid ran that was not counted. */
    public record Step(double startX, double endX, double mme, boolean uncounted) {
    }

    /** One order over the part of the period it ran; {@code lane} stacks overlapping orders. */
    public record Bar(OrderId orderId, String label, double startX, double endX, boolean running, boolean counted, int lane) {
    }

    /**
     * One recorded value: where it sits, its exact text, who recorded it and when, and the exam it came from.
     * {@code flagged}: a flag of the period names this exam, so thinning kept it.
     */
    public record Point(double x, double y, String valueText, ExamId examId, String recordedBy, OffsetDateTime recordedAt,
                        boolean flagged) {
    }

    /** One finding (and side) over time; {@code recorded} counts the points before thinning. */
    public record Line(String name, Side side, List<Point> points, int recorded) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /**
     * A stacked panel: its y range, and for ordinal scales the label of each whole y position (MRC "0".."5" with
     * 4-, 4, 4+ as positions 4, 5, 6); empty for numeric scales.
     */
    public record Panel(String id, String title, double yMin, double yMax, List<String> ordinalLabels, List<Line> lines) {
        public Panel {
            ordinalLabels = List.copyOf(ordinalLabels);
            lines = List.copyOf(lines);
        }

        public int drawnPoints() {
            return lines.stream().mapToInt(l -> l.points().size()).sum();
        }
    }
}
