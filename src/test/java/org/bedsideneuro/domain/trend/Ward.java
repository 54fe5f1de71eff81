package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/** A small synthetic ward for the flag tests: one patient, exams on given days, and a hand-made MME series. */
final class Ward {
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final PatientId PATIENT = new PatientId("TEST-0042");
    static final Clinician NEUROLOGIST = Clinician.create("Dr Test Neuro", Role.NEUROLOGIST);
    static final Clinician NURSE = Clinician.create("Nurse Test", Role.NURSE);

    final List<Exam> exams = new ArrayList<>();
    final List<MedicationOrder> orders = new ArrayList<>();
    final Map<LocalDate, DailyMmeResult> mme = new TreeMap<>();

    static LocalDate day(int n) {
        return LocalDate.of(2026, 1, 1).plusDays(n - 1L);
    }

    Exam exam(int day, String time, Finding... findings) {
        return add(day, time, false, findings);
    }

    Exam baselineExam(int day, Finding... findings) {
        return add(day, "09:00", true, findings);
    }

    private Exam add(int day, String time, boolean baseline, Finding... findings) {
        OffsetDateTime at = OffsetDateTime.of(day(day), LocalTime.parse(time), ZoneOffset.UTC);
        List<Finding> list = Arrays.asList(findings);
        Exam exam = new Exam(ExamId.random(), PATIENT, ExamKind.of(list), at, ExamKind.of(list) == ExamKind.EXAM ? NEUROLOGIST : NURSE,
                list, "", baseline, null);
        exams.add(exam);
        return exam;
    }

    /** Nurse's jerk count over a window. */
    Exam jerks(int day, String time, int count, int windowMinutes) {
        return exam(day, time, Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(count)),
                Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(windowMinutes)));
    }

    /** The same daily MME on days {@code from} to {@code to}. */
    Ward mme(int from, int to, String value) {
        for (int d = from; d <= to; d++) {
            mme.put(day(d), new DailyMmeResult(day(d), new BigDecimal(value), List.of(), List.of()));
        }
        return this;
    }

    List<Flag> flags(FlagRule rule) {
        return rule.flags(PatientTimeline.of(PATIENT, exams, orders, mme, ZONE));
    }

    List<Flag> allFlags() {
        return FlagEngine.standard(ZONE).run(PATIENT, exams, orders, mme);
    }
}
