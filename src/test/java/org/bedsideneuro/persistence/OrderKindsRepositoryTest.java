package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of order (clinical reference section 6) reads back as it was ordered, on both databases. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class OrderKindsRepositoryTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-KIND-1");
    private final OffsetDateTime start = OffsetDateTime.parse("2026-03-01T08:00:00+01:00");
    private Database db;
    private Clinician ada;

    @BeforeEach
    void ward() {
        db = backend.open(dir, "ward", clock);
        ada = db.write(s -> {
            Clinician c = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "12"), c);
            return c;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private MedicationOrder saved(MedicationOrder order) {
        db.write(s -> {
            s.medications().add(order, ada);
            return null;
        });
        // Linked before the next write of the same order: with the test's fixed clock two saves share a queued time, and
        // the ward server would link them in the order of their random batch ids.
        assertThat(db.awaitSealed(Duration.ofMinutes(2))).isTrue();
        return db.read(s -> s.medications().find(order.id())).orElseThrow();
    }

    @Test
    void aScheduledOrderKeepsItsIndication() {
        MedicationOrder morphine = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("10"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("4"), start, null, "", OrderKind.SCHEDULED, Indication.NEUROPATHIC_PAIN, null);
        assertThat(saved(morphine)).isEqualTo(morphine);
    }

    @Test
    void aPrnOrderKeepsItsMostDosesADay() {
        MedicationOrder oxycodone = new MedicationOrder(OrderId.random(), mrn, "oxycodone", new BigDecimal("2.5"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("6"), start, null, "breakthrough", OrderKind.PRN, Indication.CANCER_PAIN, null);
        assertThat(saved(oxycodone)).isEqualTo(oxycodone);
    }

    @Test
    void aSyringeDriverIsStoredInMgAnHourWithoutDosesPerDay() {
        MedicationOrder driver = new MedicationOrder(OrderId.random(), mrn, "morphine", new BigDecimal("1.25"), DoseUnit.MG_PER_HOUR, Route.SC,
                null, start, null, "syringe driver", OrderKind.INFUSION, Indication.PALLIATIVE, null);
        MedicationOrder read = saved(driver);
        assertThat(read).isEqualTo(driver);
        assertThat(read.dosesPerDay()).isNull();
        assertThat(read.unit()).isEqualTo(DoseUnit.MG_PER_HOUR);
    }

    @Test
    void aPcaIsStoredWithItsBolusAndWithoutDosesPerDay() {
        MedicationOrder pca = new MedicationOrder(OrderId.random(), mrn, "hydromorphone", new BigDecimal("0.2"), DoseUnit.MG, Route.IV,
                null, start, null, "", OrderKind.PCA, Indication.NOT_RECORDED, null);
        assertThat(saved(pca)).isEqualTo(pca);
    }

    @Test
    void aTrialStoppedAsNotToleratedKeepsItsOutcomeAndStillVerifies() {
        MedicationOrder tramadol = saved(new MedicationOrder(OrderId.random(), mrn, "tramadol", new BigDecimal("50"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("3"), start, null, "", OrderKind.SCHEDULED, Indication.NEUROPATHIC_PAIN, null));
        OffsetDateTime stop = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");
        db.write(s -> {
            s.medications().stop(tramadol.id(), stop, TrialOutcome.NOT_TOLERATED, ada);
            return null;
        });
        MedicationOrder read = db.read(s -> s.medications().find(tramadol.id())).orElseThrow();
        assertThat(read).isEqualTo(tramadol.stoppedAt(stop, TrialOutcome.NOT_TOLERATED));
        assertThat(db.<List<AuditEntry>>read(s -> s.audit().forPatient(mrn))).extracting(AuditEntry::detail)
                .anySatisfy(d -> assertThat(d).endsWith("outcome: not tolerated"));
        assertThat(db.awaitSealed(Duration.ofMinutes(2))).isTrue();
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).isEmpty();
    }
}
