package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhoIsRecordingViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("ward.db"), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void aNurseGivingTheSameNameTwiceIsTheSameClinician() {
        Clinician first = signIn("  Nurse Example ", Role.NURSE);
        Clinician second = signIn("Nurse Example", Role.NURSE);

        assertThat(first.displayName()).isEqualTo("Nurse Example");
        assertThat(first.role()).isEqualTo(Role.NURSE);
        assertThat(second.id()).isEqualTo(first.id());
    }

    @Test
    void aBlankNameIsRefusedNextToTheFieldAndNothingIsStored() {
        WhoIsRecordingViewModel model = FxTestSupport.onFx(() -> new WhoIsRecordingViewModel(WardRecords.of(db), runner));
        FxTestSupport.onFx(() -> {
            model.nameProperty().set("   ");
            model.roleProperty().set(Role.NEUROLOGIST);
            model.signIn(c -> { throw new AssertionError("must not sign in"); });
        });
        FxTestSupport.awaitQuiet(runner);

        assertThat(FxTestSupport.onFx(() -> model.nameErrorProperty().get())).isEqualTo("Clinician name: required");
        List<Clinician> stored = db.read(s -> s.clinicians().all());
        assertThat(stored).isEmpty();
    }

    private Clinician signIn(String name, Role role) {
        WhoIsRecordingViewModel model = FxTestSupport.onFx(() -> new WhoIsRecordingViewModel(WardRecords.of(db), runner));
        AtomicReference<Clinician> signedIn = new AtomicReference<>();
        FxTestSupport.onFx(() -> {
            model.nameProperty().set(name);
            model.roleProperty().set(role);
            model.signIn(signedIn::set);
        });
        FxTestSupport.awaitQuiet(runner);
        return signedIn.get();
    }
}
