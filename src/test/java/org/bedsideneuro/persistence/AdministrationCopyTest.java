package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
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
import org.bedsideneuro.testdb.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A laptop's administration record moves onto the ward server with copy-to: doses, withdrawals and order kinds alike. */
class AdministrationCopyTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-COPY-1");

    @Test
    void copyToCarriesTheOrdersKindsTheDosesAndTheirWithdrawals() {
        DatabaseLocation.PostgresServer server = TestPostgres.get().createDatabase();
        Clinician nurseOnServer;
        try (Database target = Database.open(server, clock)) { // the same nurse set up on the server first, under another id
            nurseOnServer = target.write(s -> s.clinicians().findOrCreate("Nurse Noor Example", Role.NURSE));
        }
        AdministrationId withdrawn = AdministrationId.random();
        try (Database laptop = Database.open(dir.resolve("ward.db"), clock)) {
            laptop.write(s -> {
                Clinician ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
                Clinician noor = s.clinicians().findOrCreate("Nurse Noor Example", Role.NURSE);
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
                MedicationOrder driver = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("1.5"), DoseUnit.MG_PER_HOUR,
                        Route.SC, null, OffsetDateTime.parse("2026-03-01T08:00:00Z"), null, "", OrderKind.INFUSION, Indication.PALLIATIVE, null);
                MedicationOrder prn = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("2.5"), DoseUnit.MG, Route.SC,
                        new BigDecimal("6"), OffsetDateTime.parse("2026-03-01T08:00:00Z"), null, "", OrderKind.PRN, Indication.PALLIATIVE, null);
                s.medications().add(driver, ada);
                s.medications().add(prn, ada);
                s.administrations().record(new Administration(AdministrationId.random(), prn.id(), mrn, OffsetDateTime.parse("2026-03-01T10:00:00Z"),
                        null, new BigDecimal("2.5"), DoseUnit.MG, AdministrationStatus.GIVEN, noor, ""), noor);
                s.administrations().record(new Administration(withdrawn, prn.id(), mrn, OffsetDateTime.parse("2026-03-01T11:00:00Z"),
                        null, new BigDecimal("2.5"), DoseUnit.MG, AdministrationStatus.GIVEN, noor, ""), noor);
                s.administrations().withdraw(withdrawn, "charted twice", noor);
                return null;
            });
        }

        List<DatabaseCopy.Count> counts;
        try (Database laptop = Database.open(dir.resolve("ward.db"), clock); Database target = Database.open(server, clock)) {
            counts = DatabaseCopy.copy(laptop, target);
            assertThat(target.<List<MedicationOrder>>read(s -> s.medications().forPatient(mrn))).isEqualTo(laptop.read(s -> s.medications().forPatient(mrn)));
            List<Administration> standing = target.read(s -> s.administrations().current(mrn));
            assertThat(standing).hasSize(1).allSatisfy(a -> assertThat(a.givenBy()).isEqualTo(nurseOnServer));
            assertThat(target.<Optional<AdministrationWithdrawal>>read(s -> s.administrations().withdrawal(withdrawn))).hasValueSatisfying(w -> {
                assertThat(w.reason()).isEqualTo("charted twice");
                assertThat(w.by()).isEqualTo(nurseOnServer);
            });
            assertThat(target.<Optional<ChainProblem>>read(s -> s.chain().verify())).isEmpty();
        }
        assertThat(counts).filteredOn(c -> c.table().equals("administration")).singleElement()
                .satisfies(c -> assertThat(c.copied()).isEqualTo(2));
        assertThat(counts).filteredOn(c -> c.table().equals("administration_void")).singleElement()
                .satisfies(c -> assertThat(c.copied()).isEqualTo(1));
    }
}
