package org.bedsideneuro.ui.mmefactors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.MmeFactorService;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MmeFactorsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private MmeFactorService service;
    private final BackgroundRunner runner = new BackgroundRunner();
    private Clinician admin;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        service = new MmeFactorService(db);
        admin = db.write(s -> s.accounts().createFirstAdministrator("Ivy Admin", new LoginName("ivy"),
                EnumSet.of(AccountRole.ADMINISTRATOR), "admin-pass-1".toCharArray()).clinician());
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    private MmeFactorsViewModel loadedAs(Clinician who) {
        MmeFactorsViewModel model = FxTestSupport.onFx(() -> new MmeFactorsViewModel(service, who, runner, ZoneOffset.UTC));
        FxTestSupport.onFx(model::load);
        FxTestSupport.awaitQuiet(runner);
        return model;
    }

    private void onFxAndWait(Runnable action) {
        FxTestSupport.onFx(action);
        FxTestSupport.awaitQuiet(runner);
    }

    @Test
    void anAdministratorChoosesNciPdqAfterSeeingWhatChangesAndTheHistorySaysWho() {
        MmeFactorsViewModel model = loadedAs(admin);
        assertThat(model.inForceLineProperty().get()).isEqualTo("parenteral factors: BedsideNeuro default (never changed)");
        assertThat(model.chosenPresetProperty().get()).isEqualTo(ParenteralPreset.DEFAULT);
        assertThat(model.changes()).isEmpty();

        FxTestSupport.onFx(() -> model.chosenPresetProperty().set(ParenteralPreset.NCI_PDQ));
        assertThat(model.preview()).contains(new FactorRow("hydromorphone", "iv", "15 MME per mg",
                ParenteralPreset.NCI_PDQ.factors().get(3).source()));
        assertThat(model.changes()).contains("hydromorphone iv: 20 MME per mg -> 15 MME per mg");
        onFxAndWait(model::save);

        assertThat(service.inForce().preset()).contains(ParenteralPreset.NCI_PDQ);
        assertThat(service.inForce().table().factor("hydromorphone", Route.IV).orElseThrow().factor()).isEqualByComparingTo("15");
        assertThat(model.inForceLineProperty().get()).isEqualTo("parenteral factors: NCI PDQ, set 2026-12-01 by Ivy Admin");
        assertThat(model.noticeProperty().get().text()).contains("NCI PDQ", "hydromorphone iv: 20 MME per mg -> 15 MME per mg");
        assertThat(model.history()).containsExactly(new ChoiceRow("2026-12-01 09:30", "NCI PDQ", admin.signature()));
        assertThat(model.changes()).isEmpty();
    }

    @Test
    void aCustomRowWithFactorZeroShowsTheDomainsMessageAndWritesNothing() {
        MmeFactorsViewModel model = loadedAs(admin);
        onFxAndWait(() -> {
            CustomFactorRow row = model.addCustomRow();
            row.drugProperty().set("hydromorphone");
            row.routeProperty().set(Route.IV);
            row.factorProperty().set("0");
            model.customSourceProperty().set("Pharmacy and therapeutics committee, 2026-11");
            model.saveCustom();
        });

        assertThat(model.noticeProperty().get()).isEqualTo(Notice.problem("Not saved: MME factor for hydromorphone iv: must be above 0"));
        assertThat(service.history()).isEmpty();
    }

    @Test
    void aCustomTableWithoutASourceShowsTheDomainsMessageAndWritesNothing() {
        MmeFactorsViewModel model = loadedAs(admin);
        onFxAndWait(() -> {
            CustomFactorRow row = model.addCustomRow();
            row.drugProperty().set("morphine");
            row.routeProperty().set(Route.SC);
            row.factorProperty().set("2");
            model.saveCustom();
        });

        assertThat(model.noticeProperty().get()).isEqualTo(Notice.problem("Not saved: MME factor for morphine sc: a source is required"));
        assertThat(service.history()).isEmpty();
    }

    @Test
    void aValidCustomTableIsPutInForceWithItsSource() {
        MmeFactorsViewModel model = loadedAs(admin);
        onFxAndWait(() -> {
            CustomFactorRow row = model.addCustomRow();
            row.drugProperty().set("fentanyl");
            row.routeProperty().set(Route.IV);
            row.factorProperty().set("0.2");
            row.unitProperty().set(DoseUnit.MCG);
            model.customSourceProperty().set("Pharmacy and therapeutics committee, 2026-11");
            model.saveCustom();
        });

        assertThat(service.inForce().isCustom()).isTrue();
        assertThat(service.inForce().factors()).singleElement().satisfies(f -> {
            assertThat(f.factor()).isEqualByComparingTo("0.2");
            assertThat(f.source()).isEqualTo("Pharmacy and therapeutics committee, 2026-11");
        });
        assertThat(model.inForceLineProperty().get()).isEqualTo("parenteral factors: custom table, set 2026-12-01 by Ivy Admin");
    }

    @Test
    void aNurseIsRefusedWithTheServicesMessageAndNothingIsWritten() {
        Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
        MmeFactorsViewModel model = loadedAs(nurse);
        FxTestSupport.onFx(() -> model.chosenPresetProperty().set(ParenteralPreset.NCI_PDQ));
        onFxAndWait(model::save);

        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(model.noticeProperty().get().text()).isEqualTo(nurse.signature()
                + " may not change the ward's parenteral MME factors: only an administrator may.");
        assertThat(service.history()).isEmpty();
    }
}
