package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.stream.Stream;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamTimeOrder;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;

/**
 * A patient's course as the trend view, the timeline export, the PDF summary and the FHIR export read it: the current
 * exams and observations, the orders and the administrations recorded under them (withdrawn ones left out), the daily
 * MME as given of every day from a week before the first record to today (shared/clinical-reference.md section 6),
 * and the flags. Computed once from the records; all periods are views of it.
 */
public record PatientCourse(Patient patient, List<Exam> exams, List<MedicationOrder> orders, List<Administration> administrations,
                            NavigableMap<LocalDate, DailyMmeResult> dailyMme, List<Flag> flags, ZoneId zone, LocalDate firstDay, LocalDate today) {
    /**
     * The flag rules look up to seven days back (myoclonus_rising_with_mme compares with the MME seven days earlier,
     * shared/clinical-reference.md section 7), so the MME series starts that long before the first record.
     */
    static final int DAYS_BEFORE_FIRST_RECORD = 7;

    public PatientCourse {
        Objects.requireNonNull(patient, "patient");
        exams = ExamTimeOrder.byTime(exams);
        orders = List.copyOf(orders);
        administrations = List.copyOf(administrations);
        flags = List.copyOf(flags);
    }

    /** {@link #of(Patient, List, List, List, MmeTable, ZoneId, LocalDate)} of a record without administrations. */
    public static PatientCourse of(Patient patient, List<Exam> currentExams, List<MedicationOrder> orders, MmeTable table,
                                   ZoneId zone, LocalDate today) {
        return of(patient, currentExams, orders, List.of(), table, zone, today);
    }

    /**
     * Builds the course from the current exams (amended and voided versions left out), the orders and the
     * administrations that stand (withdrawn ones left out): the daily MME counts them as given (section 6).
     */
    public static PatientCourse of(Patient patient, List<Exam> currentExams, List<MedicationOrder> orders, List<Administration> administrations,
                                   MmeTable table, ZoneId zone, LocalDate today) {
        LocalDate first = Stream.concat(currentExams.stream().map(e -> e.recordedAt().atZoneSameInstant(zone).toLocalDate()),
                        orders.stream().map(o -> o.start().atZoneSameInstant(zone).toLocalDate()))
                .min(Comparator.naturalOrder()).orElse(today);
        if (first.isAfter(today)) {
            first = today;
        }
        NavigableMap<LocalDate, DailyMmeResult> mme = new DailyMme(table, zone).series(orders, administrations,
                first.minusDays(DAYS_BEFORE_FIRST_RECORD), today);
        List<Flag> flags = FlagEngine.standard(zone).run(patient.id(), currentExams, orders, mme);
        return new PatientCourse(patient, currentExams, orders, administrations, mme, flags, zone, first, today);
    }

    public LocalDate dayOf(Exam exam) {
        return exam.recordedAt().atZoneSameInstant(zone).toLocalDate();
    }

    /** Exams recorded from {@code from} to {@code to} inclusive, oldest first. */
    public List<Exam> examsBetween(LocalDate from, LocalDate to) {
        return exams.stream().filter(e -> !dayOf(e).isBefore(from) && !dayOf(e).isAfter(to)).toList();
    }

    /** Flags that start from {@code from} to {@code to} inclusive. */
    public List<Flag> flagsBetween(LocalDate from, LocalDate to) {
        return flags.stream().filter(f -> !f.date().isBefore(from) && !f.date().isAfter(to)).toList();
    }

    /** The daily MME of a day, or an empty result of 0 outside the computed series. */
    public DailyMmeResult mmeOn(LocalDate day) {
        DailyMmeResult r = dailyMme.get(day);
        return r != null ? r : new DailyMmeResult(day, BigDecimal.ZERO, List.of(), List.of());
    }
}
