package org.bedsideneuro.domain.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;

/** Collects the demo ward's records, with deterministic ids and times counted back from the clock's day. */
final class DemoBuilder {
    final long seed;
    final ZoneId zone;
    final LocalDate today;
    final Instant now;
    final List<Patient> patients = new ArrayList<>();
    final List<Exam> exams = new ArrayList<>();
    final List<MedicationOrder> orders = new ArrayList<>();
    final List<Administration> administrations = new ArrayList<>();
    private int administrationCount;
    private int examCount;
    private int orderCount;

    private int studyCount;

    DemoBuilder(Clock clock, long seed) {
        this.seed = seed;
        this.zone = clock.getZone();
        this.today = clock.instant().atZone(zone).toLocalDate();
        this.now = clock.instant();
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("bedsideneuro-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A time {@code daysAgo} (at least 1, so always before the clock's instant) at the given local time. */
    OffsetDateTime at(int daysAgo, int hour, int minute) {
        if (daysAgo < 1) {
            throw new IllegalArgumentException("demo events lie on earlier days");
        }
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    /** A time {@code minutesAgo} before the clock's instant (at least one minute: never in the future). */
    OffsetDateTime minutesAgo(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("demo events lie in the past");
        }
        return now.minusSeconds(60L * minutes).atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * {@link #minutesAgo}, but never before today's midnight: an event a story puts on today stays on today when the
     * demo is made just after midnight (a PRN dose moved onto yesterday would be one beyond that day's maximum).
     */
    OffsetDateTime minutesAgoToday(int minutes) {
        OffsetDateTime at = minutesAgo(minutes);
        OffsetDateTime midnight = today.atStartOfDay(zone).toOffsetDateTime();
        return at.isBefore(midnight) ? midnight : at;
    }

    Patient patient(int number, String family, String given, int age, int birthMonth, Sex sex, String bed) {
        Patient p = new Patient(new PatientId(String.format("DEMO-%04d", number)), family, given,
                LocalDate.of(today.getYear() - age, birthMonth, 14), sex, DemoWard.WARD, bed);
        patients.add(p);
        return p;
    }

    Exam exam(Patient patient, OffsetDateTime at, Clinician by, List<Finding> findings, String note, boolean baseline) {
        Exam exam = new Exam(new ExamId(uuid(seed + ":exam:" + (++examCount))), patient.id(), ExamKind.of(findings), at, by,
                findings, note, baseline, null);
        exams.add(exam);
        return exam;
    }

    /**
     * A nerve conduction study: a record of its values, the laboratory its note (clinical reference section 9). Its ids
     * are counted apart from the exams', so the other stories' records keep theirs.
     */
    Exam study(Patient patient, OffsetDateTime at, Clinician by, String laboratory, NerveStudyValues values) {
        Exam study = new Exam(new ExamId(uuid(seed + ":study:" + (++studyCount))), patient.id(), ExamKind.EXAM, at, by,
                values.findings(), laboratory, false, null);
        exams.add(study);
        return study;
    }

    MedicationOrder order(Patient patient, String drug, String dose, DoseUnit unit, Route route, String perDay,
                          OffsetDateTime start, OffsetDateTime stop, String note) {
        MedicationOrder order = new MedicationOrder(new OrderId(uuid(seed + ":order:" + (++orderCount))), patient.id(), drug,
                new BigDecimal(dose), unit, route, new BigDecimal(perDay), start, stop, note);
        orders.add(order);
        return order;
    }

    /** An order of any kind; {@code perDay} null for an infusion or a PCA. */
    MedicationOrder order(Patient patient, String drug, OrderKind kind, String dose, DoseUnit unit,
                          Route route, String perDay, OffsetDateTime start, OffsetDateTime stop,
                          Indication indication, String note) {
        MedicationOrder order = new MedicationOrder(new OrderId(uuid(seed + ":order:" + (++orderCount))), patient.id(), drug,
                new BigDecimal(dose), unit, route, perDay == null ? null : new BigDecimal(perDay), start, stop, note, kind, indication, null);
        orders.add(order);
        return order;
    }

    /** A dose on the administration record; {@code periodStart} only for a PCA reading. */
    Administration administer(MedicationOrder order, OffsetDateTime at, OffsetDateTime periodStart,
                                                              String dose, AdministrationStatus status,
                                                              Clinician by, String note) {
        var a = new Administration(new AdministrationId(
                uuid(seed + ":administration:" + (++administrationCount))), order.id(), order.patientId(), at, periodStart,
                new BigDecimal(dose), order.unit().amountUnit(), status, by, note);
        administrations.add(a);
        return a;
    }

    MedicationOrder oral(Patient patient, String drug, String mg, String perDay, OffsetDateTime start, OffsetDateTime stop, String note) {
        return order(patient, drug, mg, DoseUnit.MG, Route.ORAL, perDay, start, stop, note);
    }
}
