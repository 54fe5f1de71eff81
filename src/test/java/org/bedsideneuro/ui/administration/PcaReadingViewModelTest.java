package org.bedsideneuro.ui.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nurse reads a PCA pump: each reading covers the time since the one before (clinical reference section 6). */
class PcaReadingViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void eachReadingCoversTheTimeSinceThePreviousOne() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician nurse = ward.clinician("Nurse Example", Role.NURSE);
        Patient hugo = ward.patient("MRN-1003", "Testcase", "Hugo", LocalDate.of(1968, 9, 14), "8", nurse);
        MedicationOrder pca = new MedicationOrder(OrderId.random(), hugo.id(), "morphine", new BigDecimal("1"), DoseUnit.MG, Route.IV, null,
                OffsetDateTime.parse("2026-03-01T02:00:00Z"), null, "post-operative", OrderKind.PCA, Indication.NOCICEPTIVE_PAIN, null);
        Clinician neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
        db.write(s -> {
            s.medications().add(pca, neurologist);
            return null;
        });
        for (String[] reading : List.of(new String[] {"06:00", "6"}, new String[] {"10:00", "4"})) {
            PrnDoseViewModel form = FxTestSupport.onFx(() -> new PrnDoseViewModel(WardRecords.of(db), nurse, CLOCK, runner, hugo));
            FxTestSupport.onFx(() -> form.load(() -> { }));
            FxTestSupport.awaitQuiet(runner);
            FxTestSupport.onFx(() -> {
                assertThat(form.orderProperty().get()).isEqualTo(pca);
                assertThat(form.doseProperty().get()).as("read off the pump, never proposed").isEmpty();
                form.doseProperty().set(reading[1]);
                form.timeProperty().set(reading[0]);
                form.save(saved -> { });
            });
            FxTestSupport.awaitQuiet(runner);
        }
        List<Administration> readings = db.read(s -> s.administrations().currentOfOrder(pca.id()));
        assertThat(readings).extracting(a -> a.periodStart().toInstant().toString() + "-" + a.givenAt().toInstant() + ":" + a.dose())
                .containsExactlyInAnyOrder("2026-03-01T02:00:00Z-2026-03-01T06:00:00Z:6", "2026-03-01T06:00:00Z-2026-03-01T10:00:00Z:4");
    }
}
