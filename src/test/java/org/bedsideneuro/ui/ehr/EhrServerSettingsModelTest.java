package org.bedsideneuro.ui.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.service.TestEhrServer;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings, EHR server…: an https address (http only on this computer), a connection test, saved beside the other settings. */
class EhrServerSettingsModelTest {
    @TempDir
    Path dir;
    private TestEhrServer server;
    private BackgroundRunner runner;
    private Path settings;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void start() throws Exception {
        server = new TestEhrServer();
        runner = new BackgroundRunner();
        settings = dir.resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withLockMinutes(7).save(settings);
    }

    @AfterEach
    void stop() throws Exception {
        runner.close();
        server.close();
    }

    private EhrServerSettingsModel model() {
        return FxTestSupport.onFx(() -> new EhrServerSettingsModel(settings, runner, uri -> new EhrClient(Duration.ofSeconds(5), null).describe(uri)));
    }

    @Test
    void theDialogsSaveStaysOpenOnARefusedAddressAndClosesOnceItIsSaved() {
        EhrServerSettingsModel model = model();
        EhrServerDialog dialog = FxTestSupport.onFx(() -> {
            EhrServerDialog d = new EhrServerDialog(model, null);
            d.show();
            return d;
        });
        Button save = FxTestSupport.onFx(() -> (Button) dialog.getDialogPane().lookup("#saveEhrServer"));
        FxTestSupport.onFx(() -> {
            model.addressProperty().set("ftp://ehr.example/fhir");
            save.fire();
        });
        assertThat(FxTestSupport.onFx(dialog::isShowing)).as("a refused address keeps the dialog open").isTrue();
        assertThat(ComputerSettings.load(settings).ehrUri()).isEmpty();

        FxTestSupport.onFx(() -> {
            model.addressProperty().set(server.base().toString());
            save.fire();
        });
        assertThat(FxTestSupport.onFx(dialog::isShowing)).isFalse();
        assertThat(FxTestSupport.onFx(dialog::getResult)).isTrue();
        assertThat(ComputerSettings.load(settings).ehrUri()).contains(server.base().toString());
    }

    @Test
    void aTestedAddressIsSavedForThisComputerAndTheOtherSettingsStay() {
        EhrServerSettingsModel model = model();
        FxTestSupport.onFx(() -> {
            model.addressProperty().set(server.base().toString());
            model.testConnection();
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.statusProperty().get()).startsWith("The EHR answers: ").contains("FHIR 4.0.1");
        assertThat(model.statusProblemProperty().get()).isFalse();
        assertThat(FxTestSupport.onFx(model::save)).isTrue();
        ComputerSettings saved = ComputerSettings.load(settings);
        assertThat(saved.ehrUri()).contains(server.base().toString());
        assertThat(saved.lockMinutes()).isEqualTo(7);
        assertThat(model().addressProperty().get()).as("shown again next time").isEqualTo(server.base().toString());
    }

    @Test
    void plainHttpToAnotherComputerOrNoWebAddressIsRefusedAndNotSaved() {
        EhrServerSettingsModel model = model();
        FxTestSupport.onFx(() -> model.addressProperty().set("http://ehr.hospital.example/fhir"));
        assertThat(FxTestSupport.onFx(model::save)).isFalse();
        assertThat(model.statusProperty().get()).contains("https only");
        FxTestSupport.onFx(() -> model.addressProperty().set("ehr server"));
        assertThat(FxTestSupport.onFx(model::save)).isFalse();
        assertThat(model.statusProblemProperty().get()).isTrue();
        assertThat(ComputerSettings.load(settings).ehrUri()).isEmpty();
    }

    @Test
    void aServerThatIsNotFhirFailsTheTestInPlainWords() {
        server.fail(TestEhrServer.Failure.GARBAGE);
        EhrServerSettingsModel model = model();
        FxTestSupport.onFx(() -> {
            model.addressProperty().set(server.base().toString());
            model.testConnection();
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.statusProblemProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).doesNotContain("Exception").isNotBlank();
    }
}
