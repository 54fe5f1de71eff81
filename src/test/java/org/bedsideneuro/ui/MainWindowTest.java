package org.bedsideneuro.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.patient.HistoryEntry;
import org.bedsideneuro.ui.ward.WardRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven like a nurse at the bedside: keyboard first, on a real database of invented patients. */
class MainWindowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
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

    @Test
    void findsAPatientBySearchAndOpensTheirPage() throws TimeoutException {
        showMainWindow(threePatients());
        assertThat(robot.lookup("#recordingClinician").queryAs(Label.class).getText()).isEqualTo("Recording: Nurse Example (nurse)");
        TableView<WardRow> wardTable = robot.lookup("#wardTable").queryTableView();
        assertThat(wardTable.getItems()).hasSize(3);
        // The ward's columns in the order the features installed them: flags after the shell's, the opioid review last.
        assertThat(wardTable.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Bed", "Name", "MRN", "Born (age)", "Last recorded", "Flags (7 d)", "Last observation", "Jerks/h",
                        "Observation due", "Warnings", "Opioid review");

        robot.clickOn("#wardSearch").write("castle");
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(wardTable.getItems()).extracting(r -> r.patient().displayName()).containsExactly("Castleford, Cara");

        assertThat(window.patientPageBuilt()).as("the patient page waits for its first opening").isFalse();
        robot.type(KeyCode.ENTER);
        FxTestSupport.awaitQuiet(window.runner());

        // Built on opening, with every feature's tab and action in the order they were added when built with the window.
        assertThat(window.patientPageBuilt()).isTrue();
        assertThat(window.patientView().tabs().getTabs()).extracting(Tab::getText)
                .containsExactly("History", "Exam", "Flowsheet", "Regimen", "Trend", "Observations", "Nerve conduction", "Audit trail", "Doses");
        assertThat(robot.lookup("#patientActions").queryAs(Pane.class).getChildren())
                .extracting(Node::getId)
                .containsExactly("newExam", "signSelectedExam", "resumeDraft", "logObservationPatient", "patientSummary", "patientExport", "logPrnPatient");
        assertThat(robot.lookup("#patientName").queryAs(Label.class).getText()).isEqualTo("Castleford, Cara");
        TableView<HistoryEntry> history = robot.lookup("#patientHistory").queryTableView();
        assertThat(history.getItems()).extracting(HistoryEntry::kind).containsExactly("Observation", "Bedside exam");
        assertThat(history.getItems()).extracting(HistoryEntry::clinician)
                .containsExactly("Nurse Example (nurse)", "Dr Example (neurologist)");

        // The keyboard is in the history: Down moves to the exam, whose findings appear grouped, with sides.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> history.getScene().getFocusOwner() == history);
        robot.type(KeyCode.DOWN);
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("Strength (MRC)");
        assertThat(robot.lookup("#selectedExamNote").queryAs(Label.class).getText()).isEqualTo("Note: Left foot drop beginning");

        robot.type(KeyCode.ESCAPE);
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(robot.lookup("#wardTable").tryQuery()).isPresent();
        assertThat(robot.lookup("#patientHistory").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> wardTable.getScene().getFocusOwner() == robot.lookup("#wardSearch").query());
        assertThat(robot.lookup("#wardSearch").queryTextInputControl().getText()).as("search kept").isEqualTo("castle");
    }

    @Test
    void anEmptyWardSaysSoAndHowToFillItNotThatTheSearchMatchedNoOne() throws TimeoutException {
        db = Database.open(dir.resolve("empty.db"), CLOCK);
        Clinician nurse = new SyntheticWard(db).clinician("Nurse Example", Role.NURSE);
        showMainWindow(nurse);
        String empty = robot.lookup("#wardPlaceholder").queryAs(Labeled.class).getText();
        assertThat(empty).startsWith("The ward is empty.").contains("Add patient", "bedside-neuro import").doesNotContain("match");
        assertThat(robot.lookup("#loadDemoWard").tryQuery()).as("no invented patients offered into a ward's database").isEmpty();
    }

    @Test
    void aSearchThatMatchesNoOneSaysWhatWasSearched() throws TimeoutException {
        showMainWindow(threePatients());
        robot.clickOn("#wardSearch").write("zzz");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#wardTable").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#wardPlaceholder").queryAs(Labeled.class).getText())
                .isEqualTo("No patient matches \u201czzz\u201d. Search by name, MRN or bed.");
    }

    @Test
    void atTheDefaultSizeNoDateTimeOrAgeIsCutShort() throws TimeoutException {
        showMainWindow(threePatients());
        FxTestSupport.onFx(() -> window.wardView().getScene().getWindow().sizeToScene());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownCells("#wardTable", "obsDueColumn").size() == 3);
        for (String column : List.of("Bed", "MRN", "Born (age)", "Last recorded", "Flags (7 d)", "Last observation", "Jerks/h", "Observation due")) {
            assertThat(shownCells("#wardTable", column)).as(column).allSatisfy(MainWindowTest::shownWhole);
        }
        assertThat(shownCells("#wardTable", "obsDueColumn")).extracting(TableCell::getText)
                .containsExactlyInAnyOrder("Due: none yet", "Due: none yet", "Overdue 7 h 50 min");
        Pane toolbar = robot.lookup(".toolbar-row").queryAs(Pane.class);
        List<Labeled> actions = toolbar.getChildren().stream().filter(Node::isVisible)
                .filter(n -> n instanceof Labeled).map(n -> (Labeled) n).toList();
        assertThat(actions).as("the ward's buttons and labels").hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(b -> assertThat(b.getWidth()).as("%s shown whole", b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5));

        robot.clickOn("#wardSearch").write("castle");
        robot.type(KeyCode.ENTER);
        FxTestSupport.awaitQuiet(window.runner());
        for (String column : List.of("Time", "Kind", "Findings")) {
            assertThat(shownCells("#patientHistory", column)).as(column).isNotEmpty().allSatisfy(MainWindowTest::shownWhole);
        }
    }

    /**
     * Ann and Bill, never examined or observed; Cara, examined by a neurologist on 27 Feb (left foot drop beginning) and
     * observed by the nurse at 22:10 on 28 Feb. Returns the nurse, who is recording.
     */
    private Clinician threePatients() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
        Clinician nurse = ward.clinician("Nurse Example", Role.NURSE);
        ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
        ward.patient("MRN-1002", "Brook", "Bill", LocalDate.of(1961, 7, 9), "14", nurse);
        Patient cara = ward.patient("MRN-2003", "Castleford", "Cara", LocalDate.of(1948, 1, 20), "3A", nurse);
        ward.exam(cara, OffsetDateTime.parse("2026-02-27T09:00:00Z"), neurologist, List.of(
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)), "Left foot drop beginning");
        ward.observation(cara, OffsetDateTime.parse("2026-02-28T22:10:00Z"), nurse,
                List.of(Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO)));
        return nurse;
    }

    /** The cells of a column (by title or id) that show something. */
    private List<TableCell<?, ?>> shownCells(String table, String column) {
        return FxTestSupport.onFx(() -> robot.lookup(table).queryAs(TableView.class).lookupAll(".table-cell").stream()
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && (column.equals(c.getTableColumn().getText()) || column.equals(c.getTableColumn().getId())))
                .filter(c -> c.getText() != null && !c.getText().isEmpty() && drawn(c))
                .toList());
    }

    /** Shown on screen: the table keeps spare cells in a hidden parent for measuring. */
    private static boolean drawn(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text drawn (the skin's, which ends in an ellipsis when the column is too narrow) is the cell's whole text. */
    private static void shownWhole(TableCell<?, ?> cell) {
        Text drawn = (Text) cell.lookup(".text");
        assertThat(drawn.getText()).as("drawn in %s", cell.getTableColumn().getText()).isEqualTo(cell.getText());
    }

    private void showMainWindow(Clinician clinician) throws TimeoutException {
        window = screen.show(() -> new MainWindow(db, clinician, CLOCK), MainWindow::focusSearch);
        FxTestSupport.awaitQuiet(window.runner());
    }
}
