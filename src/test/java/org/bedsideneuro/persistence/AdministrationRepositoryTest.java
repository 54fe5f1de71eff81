package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.bedsideneuro.domain.account.AccessDeniedException;
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
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The medication administration record on both databases: what a nurse charts reads back, withdrawals stay on record. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AdministrationRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-MAR-1");
    private Database db;
    private Clinician ada;
    private Clinician noor;
    private MedicationOrder oxycodonePrn;
    private MedicationOrder morphinePca;

    @BeforeEach
    void wardWithAPrnAndAPca() {
        db = backend.open(dir, "ward", clock);
        db.write(s -> {
            ada = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            noor = s.clinicians().findOrCreate("Nurse Noor Example", Role.NURSE);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), ada);
            oxycodonePrn = new MedicationOrder(OrderId.random(), mrn, "oxycodone", new BigDecimal("5"), DoseUnit.MG, Route.ORAL,
                    new BigDecimal("6"), time("2026-03-01T08:00:00Z"), null, "breakthrough pain", OrderKind.PRN, Indication.CANCER_PAIN, null);
            morphinePca = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("1"), DoseUnit.MG, Route.IV,
                    null, time("2026-03-01T08:00:00Z"), null, "", OrderKind.PCA, Indication.PALLIATIVE, null);
            s.medications().add(oxycodonePrn, ada);
            s.medications().add(morphinePca, ada);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static OffsetDateTime time(String iso) {
        return OffsetDateTime.parse(iso);
    }

    private Administration dose(String at, String mg, AdministrationStatus status, String note) {
        return new Administration(AdministrationId.random(), oxycodonePrn.id(), mrn, time(at), null, new BigDecimal(mg), DoseUnit.MG,
                status, noor, note);
    }

    private Administration reading(String from, String to, String mg) {
        return new Administration(AdministrationId.random(), morphinePca.id(), mrn, time(to), time(from), new BigDecimal(mg), DoseUnit.MG,
                AdministrationStatus.GIVEN, noor, "");
    }

    private void record(Administration... given) {
        db.write(s -> {
            for (Administration a : given) {
                s.administrations().record(a, noor);
            }
            return null;
        });
    }

    private long count(String table) {
        return db.read(s -> Sql.one(s.connection(), "SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = Backend.raw(backend.location(dir, "ward")); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void aNursesChartingReadsBackAsSheChartedIt() {
        Administration given = dose("2026-03-01T09:30:00+01:00", "5", AdministrationStatus.GIVEN, "");
        Administration refused = dose("2026-03-01T14:00:00+01:00", "5", AdministrationStatus.REFUSED, "nauseated, declined");
        Administration pumpReading = reading("2026-03-01T08:00:00Z", "2026-03-01T12:00:00Z", "4.5");
        record(given, refused, pumpReading);

        assertThat(db.<List<Administration>>read(s -> s.administrations().current(mrn))).containsExactly(given, pumpReading, refused);
        assertThat(db.<List<Administration>>read(s -> s.administrations().currentOfOrder(oxycodonePrn.id()))).containsExactly(given, refused);
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(pumpReading.id()))).contains(pumpReading);
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(pumpReading.id())).orElseThrow().periodStart().getOffset())
                .isEqualTo(ZoneOffset.UTC);
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(given.id())).orElseThrow().givenAt().getOffset())
                .as("the offset it was charted in").isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void aPeriodHoldsTheDosesGivenInItAndThePumpReadingsThatReachIntoIt() {
        Administration morning = dose("2026-03-01T09:00:00Z", "5", AdministrationStatus.GIVEN, "");
        Administration evening = dose("2026-03-01T20:00:00Z", "5", AdministrationStatus.GIVEN, "");
        Administration overnight = reading("2026-03-01T22:00:00Z", "2026-03-02T06:00:00Z", "6");
        record(morning, evening, overnight);

        List<Administration> evenings = db.read(s -> s.administrations().currentBetween(mrn, Instant.parse("2026-03-01T18:00:00Z"),
                Instant.parse("2026-03-02T00:00:00Z")));
        assertThat(evenings).containsExactly(evening, overnight);
        List<Administration> nextDay = db.read(s -> s.administrations().currentBetween(mrn, Instant.parse("2026-03-02T00:00:00Z"),
                Instant.parse("2026-03-03T00:00:00Z")));
        assertThat(nextDay).containsExactly(overnight);
        assertThat(db.<List<Administration>>read(s -> s.administrations().currentSince(Instant.parse("2026-03-01T12:00:00Z")))).containsExactly(evening, overnight);
    }

    @Test
    void aDoseWithdrawnStaysOnRecordWithWhoWhenAndWhyAndNoLongerStands() {
        Administration wrongPatient = dose("2026-03-01T10:00:00Z", "5", AdministrationStatus.GIVEN, "");
        Administration kept = dose("2026-03-01T16:00:00Z", "5", AdministrationStatus.GIVEN, "");
        record(wrongPatient, kept);

        db.write(s -> {
            s.administrations().withdraw(wrongPatient.id(), "charted for the wrong patient", noor);
            return null;
        });

        assertThat(db.<List<Administration>>read(s -> s.administrations().current(mrn))).containsExactly(kept);
        assertThat(db.<List<Administration>>read(s -> s.administrations().withdrawnOfOrder(kept.orderId()))).containsExactly(wrongPatient);
        assertThat(db.<Optional<Administration>>read(s -> s.administrations().find(wrongPatient.id()))).contains(wrongPatient);
        AdministrationWithdrawal w = db.read(s -> s.administrations().withdrawal(wrongPatient.id())).orElseThrow();
        assertThat(w.by()).isEqualTo(noor);
        assertThat(w.at()).isEqualTo(clock.instant());
        assertThat(w.reason()).isEqualTo("charted for the wrong patient");
        assertThat(db.<List<AuditEntry>>read(s -> s.audit().forPatient(mrn))).extracting(AuditEntry::action, AuditEntry::entity)
                .contains(Tuple.tuple("create", "administration"), Tuple.tuple("void", "administration"));

        assertThatThrownBy(() -> db.write(s -> {
            s.administrations().withdraw(wrongPatient.id(), "again", ada);
            return null;
        })).isInstanceOf(RecordConflictException.class).hasMessageContaining("already withdrawn by Nurse Noor Example (nurse)");
        assertThatThrownBy(() -> db.write(s -> {
            s.administrations().withdraw(kept.id(), "  ", noor);
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("Reason for withdrawing the dose record: required");
        assertThat(count("administration_void")).isEqualTo(1);
    }

    @Test
    void aVisitorWhoOnlyReadsCannotChartADoseAndNothingIsWritten() {
        Clinician visitor = db.write(s -> s.clinicians().findOrCreate("Visiting student", Role.OTHER));
        long before = count("audit_log");
        assertThatThrownBy(() -> db.write(s -> {
            s.administrations().record(dose("2026-03-01T10:00:00Z", "5", AdministrationStatus.GIVEN, ""), visitor);
            return null;
        })).isInstanceOf(AccessDeniedException.class).hasMessage("Visiting student (other) may not record or withdraw a dose given, held"
                + " or refused: this needs a nurse or a neurologist.");
        assertThat(count("administration")).isZero();
        assertThat(count("audit_log")).isEqualTo(before);
    }

    @Test
    void theCommandLinesOperatingSystemUserChartsAsItWritesEverythingElse() {
        Clinician osUser = db.write(s -> s.clinicians().findOrCreate("os:ward-pc", Role.OTHER));
        Administration imported = dose("2026-03-01T10:00:00Z", "5", AdministrationStatus.GIVEN, "");
        db.write(s -> {
            s.administrations().record(imported, osUser);
            return null;
        });
        assertThat(db.<List<Administration>>read(s -> s.administrations().current(mrn))).containsExactly(imported);
    }

    @Test
    void administrationsAndTheirWithdrawalsAreInTheHashChain() throws Exception {
        Administration given = dose("2026-03-01T10:00:00Z", "5", AdministrationStatus.GIVEN, "");
        Administration reading = reading("2026-03-01T08:00:00Z", "2026-03-01T12:00:00Z", "3");
        record(given, reading);
        db.write(s -> {
            s.administrations().withdraw(reading.id(), "pump read twice", noor);
            return null;
        });
        assertThat(db.awaitSealed(Duration.ofMinutes(2))).isTrue();
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).isEmpty();

        sql("UPDATE administration SET dose = '50' WHERE id = '" + given.id() + "'");
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).hasValueSatisfying(p -> {
            assertThat(p.entity()).isEqualTo("administration");
            assertThat(p.entityId()).isEqualTo(given.id().toString());
            assertThat(p.describe()).contains("changed outside the app", "patient SYN-MAR-1");
        });
        sql("UPDATE administration SET dose = '5' WHERE id = '" + given.id() + "'");
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).as("put back as it was").isEmpty();

        sql("DELETE FROM administration_void WHERE administration_id = '" + reading.id() + "'");
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).hasValueSatisfying(p -> {
            assertThat(p.entity()).isEqualTo("administration_void");
            assertThat(p.kind()).isEqualTo("was deleted outside the app");
        });
    }

    @Test
    void anOrderOfAnotherPatientIsRefused() {
        PatientId other = new PatientId("SYN-MAR-2");
        db.write(s -> {
            s.patients().add(new Patient(other, "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.MALE, "4B", "13"), ada);
            return null;
        });
        Administration misfiled = new Administration(AdministrationId.random(), oxycodonePrn.id(), other, time("2026-03-01T10:00:00Z"),
                null, new BigDecimal("5"), DoseUnit.MG, AdministrationStatus.GIVEN, noor, "");
        assertThatThrownBy(() -> record(misfiled)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is patient SYN-MAR-1's, not SYN-MAR-2's");
        assertThat(count("administration")).isZero();
    }
}
