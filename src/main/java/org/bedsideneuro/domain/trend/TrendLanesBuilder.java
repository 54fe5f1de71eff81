package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.trend.TrendLanes.Cell;
import org.bedsideneuro.domain.trend.TrendLanes.Lane;
import org.bedsideneuro.domain.trend.TrendLanes.PointLane;
import org.bedsideneuro.domain.trend.TrendLanes.Reading;
import org.bedsideneuro.domain.trend.TrendLanes.StripLane;
import org.bedsideneuro.domain.trend.TrendLanes.StripRow;

/**
 * Turns a course and the series of a period into {@link TrendLanes}: pure and synchronous, run off the FX thread by
 * the view and on the printing thread by the PDF. Strip rows carry the value last recorded before the period into
 * its start, so a weakness recorded a month ago still reads on a 7-day view.
 */
public final class TrendLanesBuilder {
    /** The OIN signs of clinical reference section 5 (sedation has its own row). */
    static final List<FindingCode> OIN_SIGNS = List.of(FindingCode.DELIRIUM_CAM, FindingCode.HALLUCINATIONS, FindingCode.HYPERALGESIA,
            FindingCode.ALLODYNIA, FindingCode.SEIZURE);

    private final ZoneId zone;

    public TrendLanesBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /** The lanes of {@code series}' period, from the same course it was built from. */
    public TrendLanes build(PatientCourse course, TrendSeries series) {
        LocalDate from = series.from();
        LocalDate to = series.to();
        List<Exam> upToEnd = course.exams().stream().filter(e -> !course.dayOf(e).isAfter(to)).toList();
        int firstInPeriod = 0;
        while (firstInPeriod < upToEnd.size() && course.dayOf(upToEnd.get(firstInPeriod)).isBefore(from)) {
            firstInPeriod++;
        }
        Strips strips = new Strips(upToEnd, firstInPeriod, series.xFrom(), series.xTo(), Comparison.of(course.exams()));
        List<Exam> period = upToEnd.subList(firstInPeriod, upToEnd.size());
        List<Lane> lanes = new ArrayList<>();
        lanes.add(new TrendLanes.MmeLane(series.mme(), series.infusionMme(), series.prnDoses(), laneMax(series.mmeMax(), 10)));
        int opioidRows = rows(series.opioidBars());
        lanes.add(new TrendLanes.OrderLane(series.opioidBars(), series.adjuvantBars(), opioidRows, opioidRows + rows(series.adjuvantBars())));
        lanes.add(new StripLane("strength", "Strength", "No distal strength recorded in this period",
                sided(strips, TrendSeriesBuilder.DISTAL_MUSCLES)));
        lanes.add(new StripLane("reflexes", "Reflexes", "No ankle or knee reflex recorded in this period",
                sided(strips, TrendSeriesBuilder.REFLEXES)));
        List<StripRow> gait = new ArrayList<>(sided(strips, List.of(FindingCode.FOOT_DROP)));
        gait.addAll(present(List.of(strips.row("Gait", "Gait pattern", value(FindingCode.GAIT_PATTERN, null), FindingKey.of(FindingCode.GAIT_PATTERN)),
                strips.row("Walking aid", "Walking aid", value(FindingCode.WALKING_AID, null), null))));
        lanes.add(new StripLane("gait", "Foot drop, gait", "No foot drop or gait recorded in this period", gait));
        lanes.add(points("jerkRate", "Jerk rate", "No jerk rate recorded in this period", "jerks/h", 10, series, period,
                List.of(new Numeric("Jerk rate", e -> JerkRate.of(e).map(BigDecimal::doubleValue), TrendSeriesBuilder::jerkText))));
        lanes.add(new StripLane("sedation", "Sedation, OIN", "No sedation or OIN signs recorded in this period",
                present(List.of(strips.row("POSS", "Sedation (POSS)", value(FindingCode.SEDATION_POSS, null), null),
                        strips.row("OIN signs", "Signs of opioid-induced neurotoxicity", TrendLanesBuilder::oinSigns, null)))));
        lanes.add(points("egfr", "eGFR", "No eGFR recorded in this period", "mL/min/1.73 m²", 60, series, period,
                List.of(new Numeric("eGFR", e -> e.value(FindingCode.EGFR).map(v -> ((NumericValue) v).doubleValue()),
                        e -> e.value(FindingCode.EGFR).map(v -> v.code() + " mL/min/1.73 m²").orElse("")))));
        lanes.add(points("pain", "Pain", "No pain score recorded in this period", "0-10", 10, series, period, List.of(
                new Numeric("PEG", e -> PegScore.of(e.findings()).mean().map(BigDecimal::doubleValue),
                        e -> PegScore.of(e.findings()).oneDecimal() + " (PEG)"),
                new Numeric("NRS at rest", e -> e.value(FindingCode.NRS_REST).map(v -> ((NumericValue) v).doubleValue()),
                        e -> e.value(FindingCode.NRS_REST).map(FindingValue::code).orElse("") + " (NRS at rest)"),
                new Numeric("NRS on movement", e -> e.value(FindingCode.NRS_MOVEMENT).map(v -> ((NumericValue) v).doubleValue()),
                        e -> e.value(FindingCode.NRS_MOVEMENT).map(FindingValue::code).orElse("") + " (NRS on movement)"))));
        if (series.panels().stream().anyMatch(p -> p.id().equals("ncs"))) {
            TrendSeries.Panel ncs = series.panel("ncs");
            List<Reading> readings = new ArrayList<>();
            for (TrendSeries.Line line : ncs.lines()) {
                for (TrendSeries.Point p : line.points()) {
                    readings.add(new Reading(line.name(), p.x(), p.y(), p.valueText(), p.examId(), new TrendLanes.Source(
                            "Nerve conduction study", p.recordedAt().atZoneSameInstant(zone).toLocalDateTime(), p.recordedBy())));
                }
            }
            readings.sort(Comparator.comparingDouble(Reading::x));
            lanes.add(new PointLane("ncs", "Nerve conduction", "No nerve conduction study in this period", "% of LLN",
                    laneMax(readings.stream().mapToDouble(Reading::y).max().orElse(0), 150), ncs.lines(), readings));
        }
        lanes.add(new TrendLanes.FlagLane(series.flags()));
        return new TrendLanes(series, lanes);
    }

    /**
     * The top of a lane's scale: a little above the highest value, on a finer step than a full chart's
     * ({@link AxisScale}) because a lane is short: 240 MME reads against 300, not 500.
     */
    static double laneMax(double dataMax, double floor) {
        double target = Math.max(floor, dataMax * 1.05);
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= target) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static int rows(List<TrendSeries.Bar> bars) {
        return bars.isEmpty() ? 0 : bars.stream().mapToInt(TrendSeries.Bar::lane).max().orElse(0) + 1;
    }

    /** One row per finding and side that has a value in or before the period, in the given order, left before right. */
    private List<StripRow> sided(Strips strips, List<FindingCode> codes) {
        List<StripRow> rows = new ArrayList<>();
        for (FindingCode code : codes) {
            for (Side side : Side.values()) {
                rows.add(strips.row(shortName(code) + " " + side.code(), code.label() + ", " + side.label().toLowerCase(Locale.ROOT),
                        value(code, side), FindingKey.of(code, side)));
            }
        }
        return present(rows);
    }

    private static List<StripRow> present(List<StripRow> rows) {
        return rows.stream().filter(r -> !r.cells().isEmpty()).toList();
    }

    /** "Ankle dorsiflexion (tibialis anterior)" → "Ankle dorsiflexion"; "Achilles (S1)" → "Ankle reflex". */
    static String shortName(FindingCode code) {
        if (code == FindingCode.ACHILLES_REFLEX) {
            return "Ankle reflex";
        }
        if (code == FindingCode.PATELLAR_REFLEX) {
            return "Knee reflex";
        }
        int paren = code.label().indexOf(" (");
        return paren < 0 ? code.label() : code.label().substring(0, paren);
    }

    private static Function<Exam, RowValue> value(FindingCode code, Side side) {
        return e -> e.value(code, side).map(v -> new RowValue(v.label(), LaneSeverity.of(v), v)).orElse(null);
    }

    /** The OIN signs of one observation: those present, or "none of ..." when each recorded sign was absent. */
    static RowValue oinSigns(Exam e) {
        List<String> present = new ArrayList<>();
        boolean any = false;
        for (FindingCode code : OIN_SIGNS) {
            Optional<FindingValue> v = e.value(code);
            if (v.isPresent()) {
                any = true;
                if (v.get() == YesNo.YES || v.get() == CamResult.POSITIVE) {
                    present.add(code == FindingCode.DELIRIUM_CAM ? "delirium (CAM positive)" : code.label().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!any) {
            return null;
        }
        return present.isEmpty() ? new RowValue("none", LaneSeverity.NORMAL, null)
                : new RowValue(String.join(", ", present), LaneSeverity.SEVERE, null);
    }

    private PointLane points(String id, String title, String emptyText, String unit, double floor, TrendSeries series, List<Exam> period,
                             List<Numeric> numerics) {
        List<Reading> readings = new ArrayList<>();
        for (Exam e : period) {
            for (Numeric n : numerics) {
                Optional<Double> y = n.y().apply(e);
                if (y.isPresent()) {
                    readings.add(new Reading(n.line(), x(e), y.get(), n.text().apply(e), e.id(), source(e)));
                }
            }
        }
        TrendSeries.Panel panel = series.panel(id);
        double max = readings.stream().mapToDouble(Reading::y).max().orElse(0);
        return new PointLane(id, title, emptyText, unit, laneMax(max, floor), panel.lines(), readings);
    }

    private double x(Exam e) {
        var local = e.recordedAt().atZoneSameInstant(zone);
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    /** Where a value came from, as the crosshair names it. */
    TrendLanes.Source source(Exam e) {
        return new TrendLanes.Source(e.kind().label(), e.recordedAt().atZoneSameInstant(zone).toLocalDateTime(), e.recordedBy().signature());
    }

    /** A row's value in one exam: its text, severity (0-3) and, for the baseline comparison, the value itself. */
    record RowValue(String text, int severity, FindingValue value) {
    }

    private record Numeric(String line, Function<Exam, Optional<Double>> y, Function<Exam, String> text) {
    }

    /** Builds strip rows over the exams up to the period's end: the last value before the period carried into it. */
    private final class Strips {
        private final List<Exam> exams;
        private final int firstInPeriod;
        private final double xFrom;
        private final double xTo;
        private final Comparison comparison;

        Strips(List<Exam> exams, int firstInPeriod, double xFrom, double xTo, Comparison comparison) {
            this.exams = exams;
            this.firstInPeriod = firstInPeriod;
            this.xFrom = xFrom;
            this.xTo = xTo;
            this.comparison = comparison;
        }

        StripRow row(String label, String name, Function<Exam, RowValue> valueOf, FindingKey baselineKey) {
            FindingValue baseline = baselineKey == null ? null : comparison.baseline(baselineKey).orElse(null);
            List<Cell> cells = new ArrayList<>();
            int start = firstInPeriod;
            for (int i = firstInPeriod - 1; i >= 0; i--) {
                if (valueOf.apply(exams.get(i)) != null) {
                    start = i;
                    break;
                }
            }
            Exam previous = null;
            RowValue previousValue = null;
            for (int i = start; i < exams.size(); i++) {
                Exam e = exams.get(i);
                RowValue v = valueOf.apply(e);
                if (v == null) {
                    continue;
                }
                if (previous != null) {
                    cells.add(cell(previous, previousValue, x(e), baseline));
                }
                previous = e;
                previousValue = v;
            }
            if (previous != null) {
                cells.add(cell(previous, previousValue, xTo, baseline));
            }
            return new StripRow(label, name, cells);
        }

        private Cell cell(Exam e, RowValue v, double endX, FindingValue baseline) {
            double recorded = x(e);
            boolean worse = baseline != null && v.value() != null && Comparison.worsened(baseline, v.value());
            return new Cell(Math.max(xFrom, recorded), endX, recorded, v.text(), v.severity(), worse, e.id(), source(e));
        }
    }

}
