package org.bedsideneuro.ui.ehr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.TestEhrServer;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.administration.DoseRow;
import org.bedsideneuro.ui.administration.DosesViewModel;
import org.bedsideneuro.ui.regimen.OrderRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A neurologist updates the ward from the EHR in the window, against a real FHIR server started here: the preview
 * shows the counts and the drugs not imported, Import brings them in and the screens reload; a server that is down
 * is a plain notice on the ward screen and nothing changes.
 */
class EhrUpdateUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final long TIMEOUT = 30;

    @TempDir
    Path dir;
    private TestEhrServer server;
    private Database db;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    private EhrFeature feature;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() throws Exception {
        server = EhrTestWard.serverWithErin();
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        Clinician neurologist = db.write(s -> s.clinicians().findOrCreate("Dr Example", Role.NEUROLOGIST));
        EhrTestWard.erin(db, neurologist);
    }

    private void show(String ehrAddress) throws TimeoutException {
        Path settings = EhrTestWard.settingsNaming(dir, ehrAddress);
        Clinician neurologist = db.read(s -> s.clinicians().findOrCreate("Dr Example", Role.NEUROLOGIST));
        window = screen.show(() -> {
            MainWindow w = new MainWindow(db, neurologist, CLOCK);
            feature = EhrFeature.install(w, settings);
            return w;
        }, MainWindow::focusSearch);
        FxTestSupport.awaitQuiet(window.runner());
    }

    @AfterEach
    void close() throws Exception {
        screen.close();
        db.close();
        server.close();
    }

    private List<MedicationOrder> orders() {
        return db.read(s -> s.medications().forPatient(EhrTestWard.MRN));
    }

    @Test
    void thePreviewShowsTheCountsAndImportBringsThemIn() throws TimeoutException {
        show(server.base().toString());
        assertThat(window.menus()).extracting(m -> m.getItems().get(0).getText()).contains("Update the ward from the EHR\u2026");
        FxTestSupport.onFx(() -> window.menus().stream().filter(m -> "ehrMenu".equals(m.getId())).findFirst().orElseThrow().getItems().get(0).fire());
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#" + EhrUpdateDialog.IMPORT_ID).tryQuery().isPresent());
        Node preview = robot.lookup("#ehrPreview").query();
        List<String> lines = robot.from(preview).lookup(".ehr-change").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(lines).contains("2 new orders.", "2 new doses.", "2 new eGFR values.");
        VBox notImported = robot.lookup("#ehrNotImported").queryAs(VBox.class);
        assertThat(notImported.getChildren()).hasSize(3).allSatisfy(line -> assertThat(((Label) line).getText()).doesNotEndWith("\u2026"));
        assertThat(orders()).as("nothing before Import").isEmpty();

        Button importButton = robot.lookup("#" + EhrUpdateDialog.IMPORT_ID).queryButton();
        assertThat(importButton.isDisabled()).isFalse();
        robot.interact(importButton::fire);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#ehrPreview").tryQuery().isEmpty());
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(orders()).hasSize(2);
        assertThat(window.wardModel().noticeProperty().get().text()).startsWith("Updated from the EHR: 2 orders, 2 doses, 2 eGFR values added");

        // The record's page says where each imported order and dose came from.
        Patient erin = db.read(s -> s.patients().find(EhrTestWard.MRN)).orElseThrow();
        FxTestSupport.onFx(() -> window.openPatient(erin));
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(window.regimenModel().orders()).extracting(OrderRow::source).allSatisfy(source -> assertThat(source)
                .matches("From the EHR: " + Pattern.quote(server.base().toString()) + "/MedicationRequest/r[12]"));
        DosesViewModel doses = FxTestSupport.onFx(() -> new DosesViewModel(WardRecords.of(db), window.clinician(), CLOCK, window.runner()));
        FxTestSupport.onFx(() -> doses.show(erin));
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(doses.rows()).extracting(DoseRow::source).containsExactlyInAnyOrder("From the EHR: " + server.base() + "/MedicationAdministration/a1",
                "From the EHR: " + server.base() + "/MedicationAdministration/a2");
    }

    @Test
    void aServerThatIsDownIsAPlainNoticeAndChangesNothing() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        show("http://127.0.0.1:" + port + "/fhir");
        FxTestSupport.onFx(() -> feature.updateWard());
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> window.wardModel().noticeProperty().get() != null
                && window.wardModel().noticeProperty().get().text().startsWith("The EHR server cannot be reached"));
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(robot.lookup("#ehrPreview").tryQuery()).isEmpty();
        assertThat(feature.model().busyProperty().get()).as("ready to try again").isFalse();
        assertThat(orders()).isEmpty();
    }

    @Test
    void aNurseIsNotOfferedTheUpdate() throws TimeoutException {
        Path settings = EhrTestWard.settingsNaming(dir, server.base().toString());
        Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Example", Role.NURSE));
        window = screen.show(() -> {
            MainWindow w = new MainWindow(db, nurse, CLOCK);
            EhrFeature.install(w, settings);
            return w;
        }, MainWindow::focusSearch);
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(window.menus()).noneMatch(m -> "ehrMenu".equals(m.getId()));
        Patient erin = db.read(s -> s.patients().find(EhrTestWard.MRN)).orElseThrow();
        FxTestSupport.onFx(() -> window.openPatient(erin));
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(robot.lookup("#patientUpdateFromEhr").tryQuery()).isEmpty();
    }
}
