package org.bedsideneuro.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.ncs.StudySeries;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.CurrentMme;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.domain.trend.TrendLanesBuilder;
import org.bedsideneuro.domain.trend.TrendSeriesBuilder;

/**
 * Assembles a {@link ProgressSummary} from one patient's {@link PatientCourse}: the flags and the daily MME are the
 * course's (computed once over the whole record, so a baseline before the period still counts), never computed again
 * here; only those dated in the period are shown. Pure: no clock, no files; days are calendar days in the course's zone.
 * A long period is summarised per week and month before a recent window shown in full ({@link SummaryDetail}).
 */
public final class ProgressSummaryBuilder {
    private final MmeTable table;
    private final ZoneId zone;

    public ProgressSummaryBuilder(MmeTable table, ZoneId zone) {
        this.table = Objects.requireNonNull(table, "MME table");
        this.zone = Objects.requireNonNull(zone, "time zone");
    }

    /** The standard MME table (reference section 6), days in {@code zone}. */
    public static ProgressSummaryBuilder standard(ZoneId zone) {
        return new ProgressSummaryBuilder(MmeTable.standard(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * For callers without a course: builds the patient's course from these records (through the last day of the
     * period or of the records, whichever is later) and summarises it.
     *
     * @param currentExams the patient's current exam versions (amended and voided ones left out), any period
     * @param orders       the patient's medication orders, any period
     */
    public ProgressSummary build(Patient patient, List<Exam> currentExams, List<MedicationOrder> orders, LocalDate from,
                                 LocalDate to, ProgressSummary.Printing printing) {
        Objects.requireNonNull(patient, "patient");
        List<Exam> exams = currentExams.stream().filter(e -> e.patientId().equals(patient.id())).toList();
        LocalDate last = exams.stream().map(this::day).max(Comparator.naturalOrder()).filter(d -> d.isAfter(to)).orElse(to);
        return build(PatientCourse.of(patient, exams, orders, table, zone, last), from, to, printing);
    }

    /** The summary of the course's patient from {@code from} to {@code to} inclusive, without signatures. */
    public ProgressSummary build(PatientCourse course, LocalDate from, LocalDate to, ProgressSummary.Printing printing) {
        return build(course, from, to, printing, List.of(), Map.of());
    }

    /**
     * The summary of the course's patient from {@code from} to {@code to} inclusive, with the exams' signatures:
     * {@code history} is every stored version of the patient's exams (signed originals of amended exams included),
     * {@code signatures} their signatures by version.
     */
    public ProgressSummary build(PatientCourse course, LocalDate from, LocalDate to, ProgressSummary.Printing printing,
                                 List<RecordedExam> history, Map<ExamId, List<Signature>> signatures) {
        Objects.requireNonNull(course, "course");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period: the end " + to + " is before the start " + from);
        }
        List<Exam> exams = course.exams();
        List<Flag> flags = course.flagsBetween(from, to);
        NavigableMap<LocalDate, DailyMmeResult> mme = course.dailyMme();
        CurrentMme now = new DailyMme(table, zone).currentMme(course.orders(), course.administrations(), printing.at().toInstant());
        List<Exam> inPeriod = exams.stream().filter(e -> within(day(e), from, to)).toList();
        LocalDate detailFrom = SummaryDetail.detailFrom(from, to);
        List<Exam> detailed = inPeriod.stream().filter(e -> !day(e).isBefore(detailFrom)).toList();
        // The exams marked as baseline stay in the table as its reference columns, however old (never summarised away).
        List<Exam> tabled = inPeriod.stream().filter(e -> !day(e).isBefore(detailFrom) || e.baseline()).toList();
        List<Exam> earlier = inPeriod.stream().filter(e -> day(e).isBefore(detailFrom)).toList();
        RegimenUseBuilder regimenUse = new RegimenUseBuilder(table, zone);
        ExamTableBuilder tables = new ExamTableBuilder(zone);
        TrendChartsBuilder trends = new TrendChartsBuilder(zone);
        List<ProgressSummary.CourseRow> earlierCourse = !detailFrom.isAfter(from) ? List.<ProgressSummary.CourseRow>of()
                : new CourseRowsBuilder(zone).rows(SummaryDetail.buckets(from, detailFrom), earlier, mme, flags,
                        ExamTableBuilder.baselines(exams));
        return new ProgressSummary(course.patient(), from, to, printing, now, course.mmeOn(from), flags, tables.build(exams, tabled),
                trends.charts(from, to, mme.subMap(from, true, to, true), inPeriod,
                        flags.stream().map(Flag::date).collect(Collectors.toSet())), trends.myoclonus(detailFrom, to, detailed),
                tables.oinObservations(exams, detailed), detailFrom, earlierCourse,
                // Signatures are printed with the exams shown in detail (21 CFR 11.50(b)); the summarised older course counts them.
                signedExams(course.patient(), history, signatures, detailFrom, to),
                regimenUse.prnDays(course, detailFrom, to), regimenUse.infusions(course, from, to),
                StudySeries.of(exams, e -> within(day(e), from, to)),
                new BenefitAndHarmBuilder(zone, table).build(course, from, to, printing.at().toInstant()),
                new TrendLanesBuilder(zone).build(course, new TrendSeriesBuilder(zone).build(course, from, to)));
    }

    private List<ProgressSummary.SignedExam> signedExams(Patient patient, List<RecordedExam> history, Map<ExamId, List<Signature>> signatures,
                                                         LocalDate from, LocalDate to) {
        return history.stream()
                .filter(r -> r.exam().kind() == ExamKind.EXAM && r.exam().patientId().equals(patient.id()) && within(day(r.exam()), from, to))
                .sorted(Comparator.comparing((RecordedExam r) -> r.exam().recordedAt().toInstant()).thenComparing(RecordedExam::enteredAt))
                .map(r -> new ProgressSummary.SignedExam(r.exam().recordedAt().atZoneSameInstant(zone).toOffsetDateTime(),
                        r.exam().isNerveConductionStudy() ? "Nerve conduction study" : "Exam",
                        r.exam().recordedBy().displayName(), version(r),
                        signatures.getOrDefault(r.exam().id(), List.of()).stream().map(sig -> sig.text(zone)).toList()))
                .toList();
    }

    private static String version(RecordedExam r) {
        return switch (r.status()) {
            case CURRENT -> r.exam().amendment() == null ? "current version" : "current version, corrects an earlier one";
            case AMENDED -> "earlier version, since amended";
            case VOIDED -> "withdrawn";
        };
    }

    private LocalDate day(Exam e) {
        return e.recordedAt().atZoneSameInstant(zone).toLocalDate();
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
