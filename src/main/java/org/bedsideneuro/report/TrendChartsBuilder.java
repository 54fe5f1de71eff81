package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.trend.AxisScale;
import org.bedsideneuro.domain.trend.Thinning;
import org.bedsideneuro.report.ProgressSummary.MyoclonusRow;
import org.bedsideneuro.report.ProgressSummary.MyoclonusSummary;
import org.bedsideneuro.report.ProgressSummary.Point;
import org.bedsideneuro.report.ProgressSummary.Series;
import org.bedsideneuro.report.ProgressSummary.TrendChart;

/** The trend series of the period (all on one date axis) and the myoclonus summary. */
final class TrendChartsBuilder {
    /** Periods longer than this summarise myoclonus per week (Monday to Sunday) rather than per day; ours. */
    static final int DAILY_MYOCLONUS_UP_TO_DAYS = 31;

    /**
     * A line chart with more points than this is thinned for printing ({@link Thinning}: the shape, the extremes and
     * every point on a day with a flag are kept). A chart is about 500 pt wide: five years of daily values drew ten
     * points per printed millimetre, all of them written into the PDF and laid out by PDFBox. Ours.
     */
    static final int PRINTED_POINTS_PER_SERIES = 500;

    private final ZoneId zone;

    TrendChartsBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The charts of the period; {@code flagDays}: the days with a flag, whose points a thinned line always keeps. The
     * daily MME is a step chart and is never thinned (the printer draws only its changes, and every change counts).
     */
    List<TrendChart> charts(LocalDate from, LocalDate to, Map<LocalDate, DailyMmeResult> mme, List<Exam> inPeriod, Set<LocalDate> flagDays) {
        List<Point> daily = new ArrayList<>();
        mme.forEach((day, r) -> daily.add(new Point(day, r.mme().doubleValue())));
        double mmeMax = daily.stream().mapToDouble(Point::value).max().orElse(0);
        List<TrendChart> charts = new ArrayList<>();
        charts.add(new TrendChart("Daily MME (orders not counted are left out: see the regimen)", "MME/day", 0,
                AxisScale.niceMax(mmeMax, 10), true, List.of(new Series("Daily MME", 0, daily))));
        charts.add(new TrendChart("Distal strength: ankle dorsiflexion (tibialis anterior), MRC", "MRC", 0, 5, false,
                sided(inPeriod, FindingCode.ANKLE_DORSIFLEXION)));
        charts.add(new TrendChart("Ankle (Achilles) reflexes, NINDS", "grade", 0, 4, false,
                sided(inPeriod, FindingCode.ACHILLES_REFLEX)));
        List<Point> jerks = new ArrayList<>();
        dailyMaxJerkRate(inPeriod).forEach((day, rate) -> jerks.add(new Point(day, rate.doubleValue())));
        charts.add(new TrendChart("Myoclonus: highest jerk rate of the day", "jerks/h", 0,
                AxisScale.niceMax(jerks.stream().mapToDouble(Point::value).max().orElse(0), 10), false, List.of(new Series("Jerk rate", 0, jerks))));
        List<Point> egfr = new ArrayList<>();
        for (Exam e : inPeriod) {
            numeric(e.value(FindingCode.EGFR)).ifPresent(v -> egfr.add(new Point(day(e), v)));
        }
        charts.add(new TrendChart("eGFR (mL/min/1.73 m²)", "eGFR", 0,
                AxisScale.niceMax(egfr.stream().mapToDouble(Point::value).max().orElse(0), 120), false, List.of(new Series("eGFR", 0, egfr))));
        return charts.stream().map(c -> c.step() ? c : thinned(c, flagDays)).toList();
    }

    private static TrendChart thinned(TrendChart chart, Set<LocalDate> flagDays) {
        List<Series> series = chart.series().stream().map(s -> new Series(s.name(), s.style(),
                Thinning.thin(s.points(), p -> p.date().toEpochDay(), Point::value, p -> flagDays.contains(p.date()),
                        PRINTED_POINTS_PER_SERIES))).toList();
        return new TrendChart(chart.title(), chart.unit(), chart.min(), chart.max(), chart.step(), series);
    }

    MyoclonusSummary myoclonus(LocalDate from, LocalDate to, List<Exam> inPeriod) {
        boolean weekly = ChronoUnit.DAYS.between(from, to) + 1 > DAILY_MYOCLONUS_UP_TO_DAYS;
        TreeMap<LocalDate, int[]> counts = new TreeMap<>();
        TreeMap<LocalDate, BigDecimal> max = new TreeMap<>();
        for (Exam e : inPeriod) {
            Optional<Boolean> present = present(e);
            if (present.isEmpty()) {
                continue;
            }
            LocalDate key = weekly ? day(e).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day(e);
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] += present.get() ? 1 : 0;
            JerkRate.of(e).ifPresent(rate -> max.merge(key, rate, BigDecimal::max));
        }
        List<MyoclonusRow> rows = new ArrayList<>();
        counts.forEach((first, c) -> {
            LocalDate start = first.isBefore(from) ? from : first;
            LocalDate end = weekly ? first.plusDays(6) : first;
            rows.add(new MyoclonusRow(start, end.isAfter(to) ? to : end, c[0], c[1], max.get(first)));
        });
        return new MyoclonusSummary(weekly, rows);
    }

    private TreeMap<LocalDate, BigDecimal> dailyMaxJerkRate(List<Exam> exams) {
        TreeMap<LocalDate, BigDecimal> max = new TreeMap<>();
        for (Exam e : exams) {
            JerkRate.of(e).ifPresent(rate -> max.merge(day(e), rate, BigDecimal::max));
        }
        return max;
    }

    private List<Series> sided(List<Exam> exams, FindingCode code) {
        List<Series> series = new ArrayList<>();
        for (Side side : Side.values()) {
            List<Point> points = new ArrayList<>();
            for (Exam e : exams) {
                e.value(code, side).flatMap(TrendChartsBuilder::grade).ifPresent(v -> points.add(new Point(day(e), v)));
            }
            series.add(new Series(side.label(), side == Side.LEFT ? 0 : 1, points));
        }
        return series;
    }

    /** Myoclonus present or not when the exam records a jerk count or a distribution (reference section 7). */
    static Optional<Boolean> present(Exam e) {
        Optional<Boolean> byCount = e.value(FindingCode.JERK_COUNT).map(v -> ((NumericValue) v).value().signum() > 0);
        Optional<Boolean> byDistribution = e.value(FindingCode.DISTRIBUTION).map(v -> v != MyoclonusDistribution.NONE);
        if (byCount.isEmpty() && byDistribution.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(byCount.orElse(false) || byDistribution.orElse(false));
    }

    private static Optional<Double> grade(FindingValue v) {
        if (v instanceof MrcGrade g) {
            return Optional.of((double) g.fullGrade());
        }
        if (v instanceof ReflexGrade g) {
            return Optional.of((double) g.rank());
        }
        return Optional.empty();
    }

    private static Optional<Double> numeric(Optional<FindingValue> v) {
        return v.filter(NumericValue.class::isInstance).map(n -> ((NumericValue) n).doubleValue());
    }

    private LocalDate day(Exam e) {
        return e.recordedAt().atZoneSameInstant(zone).toLocalDate();
    }
}
