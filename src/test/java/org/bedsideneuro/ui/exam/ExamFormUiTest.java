package org.bedsideneuro.ui.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.assertj.core.data.Offset;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.patient.HistoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The exam form driven at the bedside: keyboard only, headless, on a real database of invented patients. */
class ExamFormUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** Generous: the build machine is shared and slow under load. */
    private static final int WAIT_S = 30;

    @TempDir
    Path dir;
    private Database db;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private Patient patient;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
    }

    private Clinician open(Role role) throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician clinician = ward.clinician("Dr Example", role);
        patient = ward.patient("SYN-7", "Testwell", "Tess", LocalDate.of(1950, 1, 1), "4", clinician);
        return clinician;
    }

    private void show(Clinician clinician) throws TimeoutException {
        window = screen.show(() -> new MainWindow(db, clinician, CLOCK), shown -> shown.openPatient(patient));
        quiet();
    }

    private void quiet() {
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> window.runner().pendingCount() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, condition);
    }

    private TextField cell(FindingCode code, Side side) {
        String column = side == null ? code.code() : code.code() + "." + side.code();
        return robot.lookup("#cell-" + column.replace('.', '-')).queryAs(TextField.class);
    }

    private void typeAndEnter(String text) {
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aFullExamEnteredByKeyboardAloneIsSavedAmendedAndBothVersionsAreInTheHistory() throws TimeoutException {
        show(open(Role.NEUROLOGIST));
        Node history = robot.lookup("#patientHistory").query();
        waitFor(() -> history.getScene().getFocusOwner() == history);

        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        quiet();
        TextField first = cell(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT);
        waitFor(() -> first.getScene().getFocusOwner() == first);

        // Strength, 11 muscles, left then right: the weak left foot first, then everything else 5.
        typeAndEnter("4-");
        typeAndEnter("4+");
        for (int i = 2; i < 22; i++) {
            typeAndEnter("5");
        }
        // Reflexes: biceps, triceps, brachioradialis, patellar 2; Achilles L 0 before reinforcement is refused.
        for (int i = 0; i < 8; i++) {
            typeAndEnter("2");
        }
        typeAndEnter("0");
        assertThat(cell(FindingCode.ACHILLES_REFLEX, Side.LEFT).getStyleClass()).contains(FieldCell.ERROR);
        assertThat(robot.lookup("#examSave").queryButton().isDisabled()).isTrue();
        typeAndEnter("1");
        typeAndEnter("yes"); // reinforcement
        robot.type(KeyCode.UP).type(KeyCode.UP); // back to Achilles left, over reinforcement
        robot.write("0");
        assertThat(cell(FindingCode.ACHILLES_REFLEX, Side.LEFT).getText()).isEqualTo("0");
        assertThat(cell(FindingCode.ACHILLES_REFLEX, Side.LEFT).getStyleClass()).doesNotContain(FieldCell.ERROR);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        waitFor(() -> cell(FindingCode.PLANTAR_RESPONSE, Side.LEFT).isFocused());
        typeAndEnter("flexor");
        typeAndEnter("ext");
        typeAndEnter("0");
        typeAndEnter("0");
        // Gait: foot drop L/R, pattern, heel walk, toe walk, Romberg, 10 m walk, aid.
        for (String value : new String[] {"partial", "none", "steppage", "impaired", "normal", "negative", "12.5", "cane"}) {
            typeAndEnter(value);
        }
        // Sensory: vibration L/R, pinprick L/R.
        for (String value : new String[] {"4", "6.5", "ankle", "toes"}) {
            typeAndEnter(value);
        }
        // Myoclonus: none seen during the exam; OIN items.
        typeAndEnter("0");
        typeAndEnter("10");
        typeAndEnter("none");
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER).type(KeyCode.ENTER); // regions ... context left out
        for (String value : new String[] {"1", "negative", "no", "no", "no", "no"}) {
            typeAndEnter(value);
        }
        assertThat(robot.lookup("#examMrcSum").queryLabeled().getText()).as("4- and 4+ count as 4").isEqualTo("MRC sum score (0-60): 58");
        assertThat(robot.lookup("#examDistal").queryLabeled().getText()).contains("68").contains("not a validated scale");
        assertThat(cell(FindingCode.WRIST_EXTENSION, Side.LEFT).getText()).isEqualTo("5");
        assertThat(robot.lookup("#examSave").queryButton().isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        quiet();
        TableView<HistoryEntry> table = robot.lookup("#patientHistory").queryTableView();
        waitFor(() -> table.getItems().size() == 1);
        Exam saved = table.getItems().get(0).recorded().exam();
        assertThat(saved.value(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT)).contains(MrcGrade.FOUR_MINUS);
        assertThat(saved.findings()).hasSize(22 + 11 + 4 + 8 + 4 + 3 + 6);

        // Open it from the history with Enter: read-only; Amend with a reason.
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.type(KeyCode.ENTER);
        quiet();
        assertThat(cell(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).isEditable()).isFalse();
        robot.clickOn("#examAmend");
        waitFor(() -> robot.lookup("#examReason").query().isFocused());
        robot.write("Right ankle dorsiflexion misread");
        robot.clickOn(cell(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT));
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE).type(KeyCode.BACK_SPACE).write("4");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        quiet();

        waitFor(() -> table.getItems().size() == 2);
        // Both versions listed (the test clock stands still, so their order of entry ties and is not asserted).
        assertThat(table.getItems()).extracting(HistoryEntry::examStatus).containsExactlyInAnyOrder(ExamStatus.CURRENT, ExamStatus.AMENDED);
        Exam current = table.getItems().stream().filter(h -> h.examStatus() == ExamStatus.CURRENT).findFirst().orElseThrow().recorded().exam();
        assertThat(current.value(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT)).contains(MrcGrade.FOUR);
        assertThat(current.amendment().reason()).isEqualTo("Right ankle dorsiflexion misread");
        assertThat(current.amendment().supersedes()).isEqualTo(saved.id());
    }

    @Test
    void theFindingColumnStaysInPlaceWhileTheExamsScrollSideways() throws TimeoutException {
        Clinician neurologist = open(Role.NEUROLOGIST);
        SyntheticWard ward = new SyntheticWard(db);
        for (int day = 1; day <= 8; day++) { // eight columns of 180 px beside the findings: wider than the window
            ward.exam(patient, OffsetDateTime.parse("2026-02-1" + day + "T09:00:00Z"), neurologist,
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), "");
        }
        show(neurologist);
        FxTestSupport.onFx(() -> window.patientView().tabs().getSelectionModel().select(
                window.patientView().tabs().getTabs().stream().filter(t -> "flowsheetTab".equals(t.getId())).findFirst().orElseThrow()));
        quiet();
        TableView<FlowsheetViewModel.Row> sheet = robot.lookup("#flowsheetTable").queryTableView();
        waitFor(() -> sheet.getItems().size() == 2 && findingCell(sheet) != null && scrollBar(sheet) != null && scrollBar(sheet).getMax() > 0);
        double left = FxTestSupport.onFx(() -> sheet.localToScene(sheet.getBoundsInLocal()).getMinX());
        assertThat(sheet.getColumns()).as("time order, the findings first: no column is dragged elsewhere")
                .allSatisfy(c -> assertThat(c.isReorderable()).isFalse());

        FxTestSupport.onFx(() -> scrollBar(sheet).setValue(scrollBar(sheet).getMax())); // to the oldest exam, the baseline
        WaitForAsyncUtils.waitForFxEvents();
        double cellAt = FxTestSupport.onFx(() -> findingCell(sheet).localToScene(findingCell(sheet).getBoundsInLocal()).getMinX());
        assertThat(cellAt).as("the label of the row, still at the table's left edge").isCloseTo(left, Offset.offset(3.0));
        Node header = FxTestSupport.onFx(() -> sheet.lookupAll("." + FlowsheetView.FROZEN).stream()
                .filter(n -> n instanceof TableColumnHeader).findFirst().orElseThrow());
        double headerAt = FxTestSupport.onFx(() -> header.localToScene(header.getBoundsInLocal()).getMinX());
        assertThat(headerAt).as("and its header").isCloseTo(left, Offset.offset(3.0));
    }

    /** The finding column's cell of the first finding row. */
    private static TableCell<?, ?> findingCell(TableView<FlowsheetViewModel.Row> sheet) {
        return sheet.lookupAll("." + FlowsheetView.FROZEN).stream()
                .filter(n -> n instanceof TableCell<?, ?> c && "Ankle dorsiflexion (tibialis anterior), left".equals(c.getText()))
                .map(n -> (TableCell<?, ?>) n).findFirst().orElse(null);
    }

    private static ScrollBar scrollBar(TableView<?> sheet) {
        return sheet.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElse(null);
    }

    @Test
    void theFlowsheetShowsExamsNewestFirstWithWorseningMarked() throws TimeoutException {
        Clinician neurologist = open(Role.NEUROLOGIST);
        SyntheticWard ward = new SyntheticWard(db);
        // The longest finding label there is, with its side: the sheet must show it whole (left and right alike).
        Finding longest = new Finding(FindingCode.FINGER_ABDUCTION, Side.RIGHT, MrcGrade.FIVE);
        ward.exam(patient, OffsetDateTime.parse("2026-02-20T09:00:00Z"), neurologist,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE), longest), "");
        ward.exam(patient, OffsetDateTime.parse("2026-02-27T09:00:00Z"), neurologist,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR), longest), "");
        show(neurologist);
        FxTestSupport.onFx(() -> window.patientView().tabs().getSelectionModel().select(
                window.patientView().tabs().getTabs().stream().filter(t -> "flowsheetTab".equals(t.getId())).findFirst().orElseThrow()));
        quiet();
        TableView<FlowsheetViewModel.Row> sheet = robot.lookup("#flowsheetTable").queryTableView();
        waitFor(() -> sheet.getItems().size() == 3);
        assertThat(sheet.getColumns()).extracting(c -> c.getText()).containsExactly("Finding",
                "27 Feb 2026 09:00\nDr Example", "20 Feb 2026 09:00\nDr Example");
        FlowsheetViewModel.Row signatures = sheet.getItems().get(0);
        assertThat(signatures.label()).isEqualTo("Signature");
        assertThat(signatures.cells()).extracting(FlowsheetViewModel.Cell::text).containsExactly("Not signed", "Not signed");
        FlowsheetViewModel.Row row = sheet.getItems().stream().filter(r -> r.label().startsWith("Ankle dorsiflexion")).findFirst().orElseThrow();
        assertThat(row.cells()).containsExactly(new FlowsheetViewModel.Cell("4", true), new FlowsheetViewModel.Cell("5", false));
        waitFor(() -> !sheet.lookupAll("." + FlowsheetView.WORSE).isEmpty());
        String longestLabel = "Finger abduction (first dorsal interosseous), right";
        assertThat(sheet.getItems()).extracting(FlowsheetViewModel.Row::label).contains(longestLabel);
        waitFor(() -> sheet.lookupAll(".table-cell").stream().anyMatch(n -> longestLabel.equals(((Labeled) n).getText())));
        Labeled cell = (Labeled) sheet.lookupAll(".table-cell").stream()
                .filter(n -> longestLabel.equals(((Labeled) n).getText()) && n.getParent().isVisible()).findFirst().orElseThrow();
        assertThat(((Text) cell.lookup(".text")).getText()).as("drawn whole, side included").isEqualTo(longestLabel);
    }
}
