package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A patient's course counts the PRN doses charted for her, as given (clinical reference section 6), withdrawn ones not. */
class PatientRecordsAsGivenTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    @Test
    void theDailyMmeCountsTheDosesThatStand() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-03T12:00:00Z"), BERLIN);
        PatientId mrn = new PatientId("SYN-ASGIVEN-1");
        try (Database db = Database.open(dir.resolve("ward.db"), clock)) {
            Clinician noor = db.write(s -> {
                Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
                Clinician nurse = s.clinicians().findOrCreate("Nurse Noor Example", Role.NURSE);
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
                s.medications().add(new MedicationOrder(new OrderId(UUID.randomUUID()), mrn, "oxycodone", new BigDecimal("5"),
                        DoseUnit.MG, Route.ORAL, new BigDecimal("6"), OffsetDateTime.parse("2026-03-01T08:00:00+01:00"), null, "",
                        OrderKind.PRN, Indication.CANCER_PAIN, null), ada);
                return nurse;
            });
            OrderId prn = db.read(s -> s.medications().forPatient(mrn)).get(0).id();
            AdministrationService mar = new AdministrationService(db, BERLIN);
            mar.recordDose(prn, OffsetDateTime.parse("2026-03-02T09:00:00+01:00"), new BigDecimal("5"), DoseUnit.MG,
                    AdministrationStatus.GIVEN, "", noor, noor);
            Administration twice = mar.recordDose(prn, OffsetDateTime.parse("2026-03-02T09:05:00+01:00"), new BigDecimal("5"), DoseUnit.MG,
                    AdministrationStatus.GIVEN, "", noor, noor);
            mar.withdraw(twice.id(), "charted twice", noor);

            PatientRecords records = new PatientRecords(db, BERLIN);
            PatientCourse course = records.load(mrn).orElseThrow().course();
            assertThat(course.administrations()).hasSize(1);
            // one 5 mg oxycodone dose x 1.5 (CDC 2022): 7.5 MME on 2 March, nothing on the days without a dose
            assertThat(course.mmeOn(LocalDate.of(2026, 3, 2)).mme()).isEqualByComparingTo("7.5");
            assertThat(course.mmeOn(LocalDate.of(2026, 3, 1)).mme()).isEqualByComparingTo("0");
            assertThat(records.course(mrn).orElseThrow().mmeOn(LocalDate.of(2026, 3, 2)).mme()).isEqualByComparingTo("7.5");
        }
    }
}
