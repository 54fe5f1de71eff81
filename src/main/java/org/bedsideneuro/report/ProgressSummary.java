package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.ncs.StudySeries;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.CurrentMme;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.score.ScoreResult;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TrendLanes;

/**
 * Everything a progress summary shows, computed and ready to lay out: no rule is applied while printing.
 *
 * @param patient    who
 * @param from       first day of the period (inclusive, in the summary's time zone)
 * @param to         last day of the period (inclusive)
 * @param printing   when, by whom and by which version it was printed
 * @param mmeNow     the current regimen and MME at the time of printing (section 6: scheduled orders and infusions
 *                   running then at their full daily amount, PRN doses and PCA deliveries of the 24 hours before)
 * @param mmeAtStart the daily MME of the first day of the period and the orders that ran that day
 * @param flags      the flags whose date lies in the period, by date
 * @param table      the serial exam table: the bedside exams of the period
 * @param charts     the trend charts, all over the period's date axis
 * @param myoclonus  myoclonus observations summarised per day or per week
 * @param oinObservations the observations shown in detail that record signs of opioid-induced neurotoxicity or sedation
 * @param detailFrom the first day shown in detail: {@code from} for a short period, the start of the recent window for
 *                   a long one ({@link SummaryDetail}); exam table, myoclonus and OIN tables cover detailFrom..to
 * @param earlierCourse the period before {@code detailFrom}, one row per week or month (empty when all is in detail)
 * @param signedExams every version of the bedside exams shown in detail with its signatures, oldest
 *                    first; the summarised older course counts its exams, the app's history keeps their signatures
 * @param prnUse     each PRN order on each day it ran from {@code detailFrom} to {@code to}, oldest first
 * @param infusions  the infusions that ran during the period, by start
 * @param studies    the nerve conduction studies of the period, newest first (the patient's first study marked)
 * @param lanes      the trend overview of the period: the same lanes, in the same order, as the Trend tab
 */
public record ProgressSummary(Patient patient, LocalDate from, LocalDate to, Printing printing, CurrentMme mmeNow,
                              DailyMmeResult mmeAtStart, List<Flag> flags, ExamTable table, List<TrendChart> charts,
                              MyoclonusSummary myoclonus, List<ObservationRow> oinObservations, LocalDate detailFrom,
                              List<CourseRow> earlierCourse, List<SignedExam> signedExams, List<PrnDay> prnUse,
                              List<InfusionRun> infusions, StudySeries studies,
                              BenefitAndHarm benefit, TrendLanes lanes) {
    public ProgressSummary {
        Objects.requireNonNull(benefit, "benefit and harm");
        Objects.requireNonNull(lanes, "trend lanes");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period: " + to + " is before " + from);
        }
        Objects.requireNonNull(printing, "printing");
        Objects.requireNonNull(mmeNow, "MME now");
        Objects.requireNonNull(mmeAtStart, "MME at the start");
        flags = List.copyOf(flags);
        Objects.requireNonNull(table, "exam table");
        charts = List.copyOf(charts);
        Objects.requireNonNull(myoclonus, "myoclonus summary");
        oinObservations = List.copyOf(oinObservations);
        Objects.requireNonNull(detailFrom, "first day in detail");
        if (detailFrom.isBefore(from) || detailFrom.isAfter(to)) {
            throw new IllegalArgumentException("The detailed part starts on " + detailFrom + ", outside the period " + from + " to " + to);
        }
        earlierCourse = List.copyOf(earlierCourse);
        signedExams = List.copyOf(signedExams);
        prnUse = List.copyOf(prnUse);
        infusions = List.copyOf(infusions);
        Objects.requireNonNull(studies, "studies");
    }

    /**
     * Is the opioid helping, and is it safe (clinical reference section 8): PEG rows with the day's daily MME and the
     * latest distal motor score, the first-line history, the last review and when the next is due.
     */
    public record BenefitAndHarm(List<String> pegRows, List<String> firstLine, String lastReview, String reviewDue) {
        public BenefitAndHarm {
            pegRows = List.copyOf(pegRows);
            firstLine = List.copyOf(firstLine);
        }
    }

    /**
     * One PRN (as needed) order on one day (clinical reference section 6: only the doses given count): how many doses
     * were given, how many were held, refused or not given, and the MME of those given (null when the order is not
     * counted in MME).
     */
    public record PrnDay(LocalDate date, String order, int given, int notGiven, BigDecimal mme) {
        public PrnDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * An infusion over the time it ran (a rate change is a new order, section 6): drug, route and rate, its start and
     * stop ({@code to} null while it runs), and the MME a whole day at that rate counts (null when not counted).
     */
    public record InfusionRun(String infusion, OffsetDateTime from, OffsetDateTime to, BigDecimal mmePerDay) {
        public InfusionRun {
            Objects.requireNonNull(infusion, "infusion");
            Objects.requireNonNull(from, "start");
        }
    }

    /** True when the older part of the period is summarised per week or month rather than shown in detail. */
    public boolean summarised() {
        return detailFrom.isAfter(from);
    }

    /**
     * One week or month of the older part of a long period, summarised (see {@link SummaryDetail} for why): how many
     * bedside exams and nurse observations, how many observations found myoclonus and the highest jerk rate, the range
     * of the daily MME (and whether an opioid order was not counted in it), the worst (lowest) MRC sum score, how many
     * observations recorded an OIN or sedation item worse than baseline, and how many flags started (each flag is
     * listed on its own in the flags table, never only counted here).
     */
    public record CourseRow(LocalDate first, LocalDate last, boolean monthly, int exams, int observations, int withMyoclonus,
                            BigDecimal maxJerkRate, BigDecimal mmeMin, BigDecimal mmeMax, boolean mmeNotCounted, Integer worstMrcSum,
                            int oinWorse, int flags) {
        public CourseRow {
            Objects.requireNonNull(first, "first day");
            Objects.requireNonNull(last, "last day");
        }
    }

    /** When, by whom and by which BedsideNeuro version a summary was printed. */
    /**
     * Who printed it, when, with which version, whether the patient is the demo ward's (marked on every page), and the
     * parenteral factor table the MME was computed with ("parenteral factors: NCI PDQ, set … by …"; clinical reference
     * section 6 asks every printout that shows an MME to name it).
     */
    public record Printing(ZonedDateTime at, String by, String appVersion, boolean demo, String mmeFactors) {
        public Printing {
            Objects.requireNonNull(at, "printed at");
            by = by == null || by.isBlank() ? "unknown" : by.strip();
            appVersion = appVersion == null || appVersion.isBlank() ? "development" : appVersion.strip();
            mmeFactors = mmeFactors == null ? "" : mmeFactors.strip();
        }

        /** A ward's own patient, MME with the default parenteral factors. */
        public Printing(ZonedDateTime at, String by, String appVersion) {
            this(at, by, appVersion, false, "");
        }

        public Printing(ZonedDateTime at, String by, String appVersion, boolean demo) {
            this(at, by, appVersion, demo, "");
        }
    }

    /** The serial exam table: one column per exam, one row per finding recorded in any of them (bedside order). */
    public record ExamTable(List<FindingKey> rows, List<ExamColumn> columns) {
        public ExamTable {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }

        public boolean isEmpty() {
            return columns.isEmpty();
        }
    }

    /**
     * One exam: when, who, whether it is the baseline, a cell per recorded finding, and its scores.
     * A finding not in {@code cells} was not examined (shown blank, never as normal).
     */
    public record ExamColumn(ExamId id, OffsetDateTime at, String examiner, boolean baseline, Map<FindingKey, Cell> cells,
                             ScoreResult mrcSum, ScoreResult distalMotor) {
        public ExamColumn {
            Objects.requireNonNull(id, "exam id");
            Objects.requireNonNull(at, "time");
            Objects.requireNonNull(examiner, "examiner");
            cells = Map.copyOf(cells);
            Objects.requireNonNull(mrcSum, "MRC sum");
            Objects.requireNonNull(distalMotor, "distal motor score");
        }
    }

    /** One observation's OIN items (reference section 5), each compared with its baseline, and its note. */
    public record ObservationRow(OffsetDateTime at, String observer, Map<FindingCode, Cell> values, String note) {
        public ObservationRow {
            Objects.requireNonNull(at, "time");
            Objects.requireNonNull(observer, "observer");
            values = Map.copyOf(values);
            note = note == null ? "" : note;
        }
    }

    /** A value as printed, and whether it is worse than the patient's baseline for that finding and side. */
    public record Cell(String text, boolean worseThanBaseline) {
        public Cell {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A chart over the period: one or more series on one value axis. {@code step} draws steps (a daily amount). */
    public record TrendChart(String title, String unit, double min, double max, boolean step, List<Series> series) {
        public TrendChart {
            Objects.requireNonNull(title, "title");
            unit = unit == null ? "" : unit;
            if (!(max > min)) {
                throw new IllegalArgumentException(title + ": axis maximum " + max + " is not above minimum " + min);
            }
            series = List.copyOf(series);
        }

        public boolean hasData() {
            return series.stream().anyMatch(s -> !s.points().isEmpty());
        }
    }

    /** A named series; {@code style} tells the printer how to tell it apart without colour (0 solid, 1 dashed). */
    public record Series(String name, int style, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }
    }

    /** A value on a day. */
    public record Point(LocalDate date, double value) {
        public Point {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Myoclonus observations grouped per day (short periods) or per week (long ones). */
    public record MyoclonusSummary(boolean weekly, List<MyoclonusRow> rows) {
        public MyoclonusSummary {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One day or week: how many observations, how many of them found myoclonus, and the highest jerk rate per hour
     * (null when no observation recorded both a count and a window).
     */
    public record MyoclonusRow(LocalDate first, LocalDate last, int observations, int withMyoclonus, BigDecimal maxJerkRate) {
        public MyoclonusRow {
            Objects.requireNonNull(first, "first day");
            Objects.requireNonNull(last, "last day");
        }
    }

    /**
     * One version of a bedside exam and its signatures as printed on paper (21 CFR 11.50(b)): "Signed by NAME, ROLE,
     * DATE TIME — meaning: author", one per signature, none when it was not signed. An amended exam lists the signed
     * original as well as the correction (11.10(e): a change never obscures what was there before). {@code what}: "Exam",
     * or "Nerve conduction study" for a study, which is signed as an exam is.
     */
    public record SignedExam(OffsetDateTime at, String what, String examiner, String version, List<String> signatures) {
        public SignedExam {
            Objects.requireNonNull(at, "time");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(examiner, "examiner");
            Objects.requireNonNull(version, "version");
            signatures = List.copyOf(signatures);
        }
    }
}
