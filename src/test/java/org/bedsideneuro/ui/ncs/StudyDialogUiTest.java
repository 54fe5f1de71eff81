package org.bedsideneuro.ui.ncs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.SyntheticWard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A neurologist types a study from the report with the keyboard: laboratory, Enter, values, Enter, Ctrl+S. */
class StudyDialogUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final long TIMEOUT = 20;

    @TempDir
    Path dir;
    private Database db;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private final FxRobot robot = new FxRobot();
    private Patient ann;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician neurologist = ward.clinician("Dr Keyboard Test", Role.NEUROLOGIST);
        ann = ward.patient("MRN-3001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", neurologist);
        window = screen.show(() -> new MainWindow(db, neurologist, CLOCK), MainWindow::focusSearch);
        FxTestSupport.awaitQuiet(window.runner());
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
    }

    @Test
    void aStudyIsTypedFromTheReportWithTheKeyboardAndShowsInTheFlowsheet() throws TimeoutException {
        robot.clickOn("#wardSearch").write("amberley").type(KeyCode.ENTER);
        FxTestSupport.awaitQuiet(window.runner());
        FxTestSupport.onFx(() -> {
            for (Tab tab : window.patientView().tabs().getTabs()) {
                if ("nerveConductionTab".equals(tab.getId())) {
                    window.patientView().tabs().getSelectionModel().select(tab);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#recordStudy");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#studyLaboratory").tryQuery()
                .map(n -> n.getScene().getFocusOwner() == n).orElse(false));
        Window dialog = robot.lookup("#studyLaboratory").query().getScene().getWindow();
        robot.targetWindow(dialog).write("City lab");
        robot.type(KeyCode.ENTER, KeyCode.ENTER); // past the examiner: the neurologist at the keyboard
        robot.write("2.1");
        robot.type(KeyCode.ENTER);
        robot.write("3");
        WaitForAsyncUtils.waitForFxEvents();
        TextField amplitude = robot.lookup("#study-ncs-sural_snap_uv-L").queryAs(TextField.class);
        assertThat(amplitude.getText()).isEqualTo("2.1");
        assertThat(amplitude.getStyleClass()).as("marked below its lower limit as typed").contains(StudyDialog.BELOW);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        FxTestSupport.awaitQuiet(window.runner());
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#studyDialog").tryQuery().isEmpty());
        FxTestSupport.awaitQuiet(window.runner());

        List<Exam> exams = db.read(s -> s.exams().current(ann.id()));
        assertThat(exams).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo("City lab");
            assertThat(e.value(FindingCode.SURAL_SNAP, Side.LEFT)).map(v -> v.code()).contains("2.1");
            assertThat(e.value(FindingCode.SURAL_SNAP_LLN, Side.LEFT)).map(v -> v.code()).contains("3");
            assertThat(e.recordedBy().displayName()).isEqualTo("Dr Keyboard Test");
        });
        TableView<?> sheet = robot.lookup("#studyFlowsheetTable").queryTableView();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> sheet.getItems().size() == 1 && sheet.getColumns().size() == 2);
    }
}
