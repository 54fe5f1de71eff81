package org.bedsideneuro.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.stream.Stream;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.CurrentMme;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagEngine;

/**
 * Assembles a {@link ProgressSummary} from one patient's domain objects. Pure: no clock, no files. Flags and baselines
 * are computed over the patient's whole record (a baseline may lie before the period) and then only those dated in the
 * period are kept; days are calendar days in the given zone.
 */
public final class ProgressSummaryBuilder {
    /** FlagEngine's MME rule compares with the daily MME seven days earlier (reference section 7): compute that far back. */
    private static final int MME_LOOKBACK_DAYS = 7;

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
     * The summary of {@code patient} from {@code from} to {@code to} inclusive.
     *
     * @param currentExams the patient's current exam versions (amended and voided ones left out), any period
     * @param orders       the patient's medication orders, any period
     */
    public ProgressSummary build(Patient patient, List<Exam> currentExams, List<MedicationOrder> orders, LocalDate from,
                                 LocalDate to, ProgressSummary.Printing printing) {
        return build(patient, currentExams, orders, from, to, printing, List.of(), Map.of());
    }

    /**
     * The same with the exams' signatures: {@code history} is every stored version of the patient's exams (signed
     * originals of amended exams included), {@code signatures} their signatures by version.
     */
    public ProgressSummary build(Patient patient, List<Exam> currentExams, List<MedicationOrder> orders, LocalDate from,
                                 LocalDate to, ProgressSummary.Printing printing, List<RecordedExam> history,
                                 Map<ExamId, List<Signature>> signatures) {
        Objects.requireNonNull(patient, "patient");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period: the end " + to + " is before the start " + from);
        }
        List<Exam> exams = currentExams.stream().filter(e -> e.patientId().equals(patient.id()))
                .sorted(Comparator.comparing(Exam::recordedAt)).toList();
        DailyMme daily = new DailyMme(table, zone);
        LocalDate seriesStart = earliest(exams, orders, from).minusDays(MME_LOOKBACK_DAYS);
        LocalDate seriesEnd = latest(exams, to);
        NavigableMap<LocalDate, DailyMmeResult> mme = daily.series(orders, seriesStart, seriesEnd);
        List<Flag> flags = FlagEngine.standard(zone).run(patient.id(), exams, orders, mme).stream()
                .filter(f -> !f.date().isBefore(from) && !f.date().isAfter(to)).toList();
        CurrentMme now = daily.currentMme(orders, printing.at().toInstant());
        List<Exam> inPeriod = exams.stream().filter(e -> within(day(e), from, to)).toList();
        ExamTableBuilder tables = new ExamTableBuilder(zone);
        TrendChartsBuilder trends = new TrendChartsBuilder(zone);
        return new ProgressSummary(patient, from, to, printing, now, mme.get(from), flags, tables.build(exams, inPeriod),
                trends.charts(from, to, mme.subMap(from, true, to, true), inPeriod), trends.myoclonus(from, to, inPeriod),
                tables.oinObservations(exams, inPeriod), signedExams(patient, history, signatures, from, to));
    }

    private List<ProgressSummary.SignedExam> signedExams(Patient patient, List<RecordedExam> history, Map<ExamId, List<Signature>> signatures,
                                                         LocalDate from, LocalDate to) {
        return history.stream()
                .filter(r -> r.exam().kind() == ExamKind.EXAM && r.exam().patientId().equals(patient.id()) && within(day(r.exam()), from, to))
                .sorted(Comparator.comparing((RecordedExam r) -> r.exam().recordedAt().toInstant()).thenComparing(RecordedExam::enteredAt))
                .map(r -> new ProgressSummary.SignedExam(r.exam().recordedAt().atZoneSameInstant(zone).toOffsetDateTime(),
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

    private LocalDate earliest(List<Exam> exams, List<MedicationOrder> orders, LocalDate from) {
        return Stream.concat(exams.stream().map(this::day), orders.stream().map(o -> o.start().atZoneSameInstant(zone).toLocalDate()))
                .min(Comparator.naturalOrder()).filter(d -> d.isBefore(from)).orElse(from);
    }

    private LocalDate latest(List<Exam> exams, LocalDate to) {
        return exams.stream().map(this::day).max(Comparator.naturalOrder()).filter(d -> d.isAfter(to)).orElse(to);
    }
}
