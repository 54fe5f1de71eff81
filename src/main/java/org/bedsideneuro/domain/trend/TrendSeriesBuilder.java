package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.OrdinalValue;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.WalkingAid;
import org.bedsideneuro.domain.ncs.NcsReading;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.trend.TrendSeries.Line;
import org.bedsideneuro.domain.trend.TrendSeries.Panel;
import org.bedsideneuro.domain.trend.TrendSeries.Point;

/**
 * Builds the trend view's series for a period from a {@link PatientCourse}: synchronous and pure, so the view runs it
 * off the FX thread and the benchmark can time it ("five years", "90 days"). Each line is thinned to about
 * {@link #POINTS_PER_LINE} points (shared/engineering-notes.md: a few hundred points draw fast), keeping the points
 * behind a flag and the extremes ({@link Thinning}).
 */
public final class TrendSeriesBuilder {
    /** Ours: enough to show the shape of five years; a 1000-pixel-wide panel cannot show more anyway. */
    public static final int POINTS_PER_LINE = 250;
    /** The strength panel: the distal muscles (clinical reference section 1), where this neuropathy starts. */
    static final List<FindingCode> DISTAL_MUSCLES = Arrays.stream(FindingCode.values()).filter(FindingCode::isDistalMuscle).toList();
    /** Reflexes drawn: the lower-limb ones, which a length-dependent neuropathy loses first (reference section 2). */
    static final List<FindingCode> REFLEXES = List.of(FindingCode.ACHILLES_REFLEX, FindingCode.PATELLAR_REFLEX);
    /**
     * Nerve conduction amplitudes drawn (clinical reference section 9): the sural SNAP and the peroneal CMAP, as a
     * percentage of the lower limit recorded in the same study, so that different laboratories' norms read alike. A
     * value without its own lower limit (or with a limit of 0) has no percentage and is not drawn.
     */
    static final List<Nerve> NCS_AMPLITUDES = List.of(Nerve.SURAL, Nerve.PERONEAL);

    /** Beyond this many days a PRN mark stands for a week, so five years stay a few hundred marks. */
    static final int DAILY_MARKS_UP_TO_DAYS = 120;

    private final ZoneId zone;
    private final int pointsPerLine;

    public TrendSeriesBuilder(ZoneId zone) {
        this(zone, POINTS_PER_LINE);
    }

    public TrendSeriesBuilder(ZoneId zone, int pointsPerLine) {
        this.zone = zone;
        this.pointsPerLine = pointsPerLine;
    }

    /** All series of the trend view for {@code from}..{@code to} inclusive. */
    public TrendSeries build(PatientCourse course, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period: " + to + " is before " + from);
        }
        List<Exam> exams = course.examsBetween(from, to);
        List<Flag> flags = course.flagsBetween(from, to);
        Set<ExamId> flagged = new HashSet<>();
        flags.forEach(f -> flagged.addAll(f.examIds()));
        // x of every exam once (a zone conversion each), not once per line that reads it.
        double[] xs = new double[exams.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x(exams.get(i).recordedAt());
        }
        Collector c = new Collector(flagged, exams, xs);
        List<Panel> panels = List.of(
                new Panel("strength", "Distal strength (MRC)", 0, 7, labels(MrcGrade.values()),
                        c.sidedLines(exams, DISTAL_MUSCLES, TrendSeriesBuilder::rankOf)),
                new Panel("reflexes", "Reflexes (NINDS 0-4)", 0, 4, labels(ReflexGrade.values()),
                        c.sidedLines(exams, REFLEXES, TrendSeriesBuilder::rankOf)),
                new Panel("footDrop", "Foot drop", 0, 2, labels(FootDrop.values()),
                        c.sidedLines(exams, List.of(FindingCode.FOOT_DROP), TrendSeriesBuilder::rankOf)),
                new Panel("walkingAid", "Walking aid", 0, 4, labels(WalkingAid.values()),
                        c.lines(exams, "Walking aid", e -> e.value(FindingCode.WALKING_AID).flatMap(TrendSeriesBuilder::rankOf),
                                e -> e.value(FindingCode.WALKING_AID).map(FindingValue::label).orElse(""))),
                numeric("jerkRate", "Myoclonus: jerk rate (per hour)", 10, c.lines(exams, "Jerk rate",
                        e -> JerkRate.of(e).map(BigDecimal::doubleValue), TrendSeriesBuilder::jerkText)),
                numeric("egfr", "eGFR (mL/min/1.73 m²)", 120, c.lines(exams, "eGFR",
                        e -> e.value(FindingCode.EGFR).map(v -> ((NumericValue) v).doubleValue()),
                        e -> e.value(FindingCode.EGFR).map(v -> v.code() + " mL/min/1.73 m²").orElse(""))),
                // Is the opioid helping (clinical reference section 8): the PEG score when complete, pain NRS at rest and on movement.
                numeric("pain", "Pain: PEG and NRS (0-10)", 10, painLines(c, exams)));
        List<Line> ncs = c.amplitudeLines(exams, NCS_AMPLITUDES);
        if (!ncs.isEmpty()) {
            panels = new ArrayList<>(panels);
            panels.add(numeric("ncs", "Nerve conduction: amplitude as % of its own study's lower limit (100 % = the limit)", 150, ncs));
            panels = List.copyOf(panels);
        }
        return new TrendSeries(from, to, steps(course, from, to), bars(course, from, to, true), bars(course, from, to, false),
                panels, flags, c.recorded, panels.stream().mapToInt(Panel::drawnPoints).sum(), prnDoses(course, from, to),
                infusionSteps(course, from, to));
    }

    /** The PRN doses given in the period, counted per day (per week over a long period), with what they were. */
    private List<TrendSeries.DoseMark> prnDoses(PatientCourse course, LocalDate from, LocalDate to) {
        Set<OrderId> prn = new HashSet<>();
        Map<OrderId, String> names = new HashMap<>();
        for (var order : course.orders()) {
            if (order.kind() == OrderKind.PRN) {
                prn.add(order.id());
                names.put(order.id(), order.drug() + " " + order.route().code() + " " + order.dose().toPlainString() + " " + order.unit().code());
            }
        }
        if (prn.isEmpty()) {
            return List.of();
        }
        int bucket = ChronoUnit.DAYS.between(from, to) + 1 > DAILY_MARKS_UP_TO_DAYS ? 7 : 1;
        TreeMap<Long, List<String>> byBucket = new TreeMap<>();
        for (var dose : course.administrations()) {
            LocalDate day = dose.givenAt().atZoneSameInstant(zone).toLocalDate();
            if (!prn.contains(dose.orderId()) || !dose.status().counts() || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            long start = from.toEpochDay() + (day.toEpochDay() - from.toEpochDay()) / bucket * bucket;
            byBucket.computeIfAbsent(start, k -> new ArrayList<>()).add(names.get(dose.orderId()) + " at "
                    + dose.givenAt().atZoneSameInstant(zone).toLocalTime().withSecond(0).withNano(0) + " on " + day);
        }
        List<TrendSeries.DoseMark> marks = new ArrayList<>();
        byBucket.forEach((start, doses) -> marks.add(new TrendSeries.DoseMark(start, Math.min(start + bucket, to.toEpochDay() + 1),
                doses.size(), doses.size() + " PRN dose" + (doses.size() == 1 ? "" : "s") + " given"
                + (bucket == 1 ? " on " + LocalDate.ofEpochDay(start) : " in the week from " + LocalDate.ofEpochDay(start))
                + (doses.size() <= 8 ? ":\n" + String.join("\n", doses) : ""))));
        return marks;
    }

    /** x of a moment: epoch day of its calendar day in the ward's zone, plus the fraction of that day gone. */
    public double x(OffsetDateTime at) {
        ZonedDateTime local = at.atZoneSameInstant(zone);
        return local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / 86_400.0;
    }

    private static List<Line> painLines(Collector c, List<Exam> exams) {
        List<Line> lines = new ArrayList<>(c.lines(exams, "PEG", e -> {
            PegScore peg = PegScore.of(e.findings());
            return peg.mean().map(BigDecimal::doubleValue);
        }, e -> PegScore.of(e.findings()).oneDecimal() + " (mean of pain, enjoyment, activity; Krebs 2009)"));
        for (FindingCode nrs : List.of(FindingCode.NRS_REST, FindingCode.NRS_MOVEMENT)) {
            lines.addAll(c.lines(exams, nrs == FindingCode.NRS_REST ? "NRS at rest" : "NRS on movement",
                    e -> e.value(nrs).map(v -> ((NumericValue) v).doubleValue()),
                    e -> e.value(nrs).map(FindingValue::code).orElse("")));
        }
        return lines;
    }

    private static Panel numeric(String id, String title, double floor, List<Line> lines) {
        double max = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(Point::y).max().orElse(0);
        return new Panel(id, title, 0, AxisScale.niceMax(max, floor), List.of(), lines);
    }

    /**
     * The part of each day's MME that infusions count by their rate (clinical reference section 6), merged into steps
     * like the daily MME: a syringe driver's rate changes read as steps under the day's total. Empty without infusions.
     */
    private List<TrendSeries.Step> infusionSteps(PatientCourse course, LocalDate from, LocalDate to) {
        if (course.orders().stream().noneMatch(o -> o.kind() == OrderKind.INFUSION)) {
            return List.of();
        }
        List<TrendSeries.Step> steps = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double mme = course.mmeOn(day).counted().stream()
                    .filter(c -> c.countedAs() == MmeContribution.CountedAs.BY_RATE)
                    .mapToDouble(c -> c.mme().doubleValue()).sum();
            int last = steps.size() - 1;
            if (last >= 0 && steps.get(last).mme() == mme) {
                TrendSeries.Step s = steps.get(last);
                steps.set(last, new TrendSeries.Step(s.startX(), day.toEpochDay() + 1, mme, false));
            } else {
                steps.add(new TrendSeries.Step(day.toEpochDay(), day.toEpochDay() + 1, mme, false));
            }
        }
        return steps;
    }

    /** Days of equal daily MME merged into steps: a handful of steps for five years of a stable regimen. */
    private List<TrendSeries.Step> steps(PatientCourse course, LocalDate from, LocalDate to) {
        List<TrendSeries.Step> steps = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DailyMmeResult r = course.mmeOn(day);
            double mme = r.mme().doubleValue();
            boolean uncounted = r.hasUncountedOpioid();
            int last = steps.size() - 1;
            if (last >= 0 && steps.get(last).mme() == mme && steps.get(last).uncounted() == uncounted) {
                TrendSeries.Step s = steps.get(last);
                steps.set(last, new TrendSeries.Step(s.startX(), day.toEpochDay() + 1, mme, uncounted));
            } else {
                steps.add(new TrendSeries.Step(day.toEpochDay(), day.toEpochDay() + 1, mme, uncounted));
            }
        }
        return steps;
    }

    /** Orders that ran in the period, clipped to it; overlapping orders get separate lanes so labels never overlap. */
    private List<TrendSeries.Bar> bars(PatientCourse course, LocalDate from, LocalDate to, boolean opioids) {
        double lo = from.toEpochDay();
        double hi = to.toEpochDay() + 1;
        MmeTable table = MmeTable.standard();
        List<double[]> laneEnds = new ArrayList<>();
        List<TrendSeries.Bar> bars = new ArrayList<>();
        for (var order : course.orders().stream().sorted(Comparator.comparing(o -> o.start().toInstant())).toList()) {
            if (DrugCatalog.isAdjuvant(order.drug()) == opioids) {
                continue; // unknown drugs go with the opioids: they may be one, and they are marked "not counted"
            }
            double start = Math.max(lo, x(order.start()));
            double end = Math.min(hi, order.stop() == null ? hi : x(order.stop()));
            if (end <= start) {
                continue;
            }
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane)[0] > start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(new double[] {end});
            } else {
                laneEnds.get(lane)[0] = end;
            }
            boolean counted = !opioids || table.factorFor(order).counted(); // adjuvants are never in MME: nothing to mark
            String label = order.summary() + (opioids && !counted ? " (not counted in MME)" : "");
            bars.add(new TrendSeries.Bar(order.id(), label, start, end, order.stop() == null, counted, lane));
        }
        return bars;
    }

    private static Optional<Double> rankOf(FindingValue v) {
        return v instanceof OrdinalValue o ? Optional.of((double) o.rank()) : Optional.empty();
    }

    static String jerkText(Exam e) {
        String rate = JerkRate.of(e).map(r -> r.toPlainString() + " jerks/h").orElse("");
        String count = e.value(FindingCode.JERK_COUNT).map(Coded::code).orElse("?");
        String window = e.value(FindingCode.WINDOW_MINUTES).map(Coded::code).orElse("?");
        String distribution = e.value(FindingCode.DISTRIBUTION).map(v -> ", " + v.label().toLowerCase(Locale.ROOT)).orElse("");
        return rate + " (" + count + " in " + window + " min" + distribution + ")";
    }

    private static List<String> labels(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }

    /** Collects points from exams and thins each line; counts what was recorded. */
    private final class Collector {
        private final Set<ExamId> flagged;
        private final List<Exam> period;
        private final double[] xs;
        private int recorded;

        /** {@code xs}: the x of each exam of {@code period}, in its order; lines are only built over {@code period}. */
        Collector(Set<ExamId> flagged, List<Exam> period, double[] xs) {
            this.flagged = flagged;
            this.period = period;
            this.xs = xs;
        }

        List<Line> sidedLines(List<Exam> exams, List<FindingCode> codes, Function<FindingValue, Optional<Double>> y) {
            List<Line> lines = new ArrayList<>();
            for (FindingCode code : codes) {
                for (Side side : Side.values()) {
                    String name = code.label() + ", " + side.label().toLowerCase(Locale.ROOT);
                    Line line = line(exams, name, side, e -> e.value(code, side).flatMap(y),
                            e -> e.value(code, side).map(v -> name + ": " + describe(v)).orElse(""));
                    if (!line.points().isEmpty()) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        }

        List<Line> amplitudeLines(List<Exam> exams, List<Nerve> nerves) {
            List<Line> lines = new ArrayList<>();
            for (Nerve nerve : nerves) {
                for (Side side : Side.values()) {
                    String name = nerve.label() + " " + nerve.potential() + ", " + side.label().toLowerCase(Locale.ROOT);
                    Line line = line(exams, name, side,
                            e -> NcsReading.of(e, nerve.amplitude(), side).flatMap(NcsReading::percentOfLowerLimit).map(BigDecimal::doubleValue),
                            e -> NcsReading.of(e, nerve.amplitude(), side).map(r -> name + ": " + r.text()).orElse(""));
                    if (!line.points().isEmpty()) {
                        lines.add(line);
                    }
                }
            }
            return lines;
        }

        List<Line> lines(List<Exam> exams, String name, Function<Exam, Optional<Double>> y, Function<Exam, String> text) {
            Line line = line(exams, name, null, y, e -> name + ": " + text.apply(e));
            return line.points().isEmpty() ? List.of() : List.of(line);
        }

        /**
         * The line's values as bare candidates first, thinned, and only the points kept get their hover text: five years
         * made some 60,000 texts of which a few thousand are drawn.
         */
        private Line line(List<Exam> exams, String name, Side side, Function<Exam, Optional<Double>> y, Function<Exam, String> text) {
            if (exams != period) {
                throw new IllegalArgumentException("lines are built over the period's exams");
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < exams.size(); i++) {
                Exam e = exams.get(i);
                Optional<Double> v = y.apply(e);
                if (v.isPresent()) {
                    candidates.add(new Candidate(xs[i], v.get(), e, flagged.contains(e.id())));
                }
            }
            recorded += candidates.size();
            List<Point> points = new ArrayList<>();
            for (Candidate c : Thinning.thin(candidates, Candidate::x, Candidate::y, Candidate::flagged, pointsPerLine)) {
                Exam e = c.exam();
                points.add(new Point(c.x(), c.y(), text.apply(e), e.id(), e.recordedBy().signature(), e.recordedAt(), c.flagged()));
            }
            return new Line(name, side, points, candidates.size());
        }
    }

    /** A value before thinning: no text made yet. */
    private record Candidate(double x, double y, Exam exam, boolean flagged) {
    }

    private static String describe(FindingValue v) {
        if (v instanceof MrcGrade g) {
            return g.code() + " (" + g.meaning() + ")";
        }
        if (v instanceof ReflexGrade g) {
            return g.code() + " (" + g.meaning() + ")";
        }
        return v.label();
    }
}
