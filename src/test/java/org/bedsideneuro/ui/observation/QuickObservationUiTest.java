package org.bedsideneuro.ui.observation;

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
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.FieldValidation;
import org.bedsideneuro.ui.ward.WardRow;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A nurse on a round: the ward list, a shortcut, a number, Enter. Real SQLite, invented patients. */
class QuickObservationUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final long TIMEOUT = 20;

    @TempDir
    Path dir;
    private Database db;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private Patient bill;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician nurse = ward.clinician("Nurse Example", Role.NURSE);
        ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
        bill = ward.patient("MRN-1002", "Brook", "Bill", LocalDate.of(1961, 7, 9), "14", nurse);
        // 1 jerk in 5 minutes at 04:00: 12 an hour, and overdue by 2 hours at 10:00 (every 4 h).
        ward.observation(bill, OffsetDateTime.parse("2026-03-01T04:00:00Z"), nurse, List.of(
                Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(1)), Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5))));
        window = screen.show(() -> new MainWindow(db, nurse, CLOCK), MainWindow::focusSearch);
        awaitQuiet();
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
    }

    @Test
    void nurseLogsObservationFromWardListInFewKeystrokes() throws TimeoutException {
        assertThat(cellText("obsDueColumn", "Overdue 2 h 0 min")).isTrue();
        assertThat(cellText("obsRateColumn", "12.0")).isTrue();

        // Search "brook", Down into the list, O, "3", Enter.
        robot.clickOn("#wardSearch").write("brook").type(KeyCode.DOWN);
        TableView<WardRow> table = robot.lookup("#wardTable").queryTableView();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> table.getScene().getFocusOwner() == table);
        robot.type(KeyCode.O);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#obsCount").tryQuery()
                .map(n -> n.getScene().getFocusOwner() == n).orElse(false));
        // TestFX writes into the window it targets: the dialog, now that it has the keyboard.
        robot.targetWindow(robot.lookup("#obsCount").query().getScene().getWindow()).write("3");
        // The rate is shown live, before saving.
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> "36.0 jerks/h".equals(robot.lookup("#obsRate").queryLabeled().getText()));
        robot.type(KeyCode.ENTER);
        awaitQuiet();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#observationDialog").tryQuery().isEmpty());
        awaitQuiet();

        List<Exam> exams = db.read(s -> s.exams().current(bill.id()));
        assertThat(exams).hasSize(2);
        Exam saved = exams.get(1);
        assertThat(saved.recordedAt().toInstant()).isEqualTo(CLOCK.instant());
        assertThat(saved.value(FindingCode.JERK_COUNT).orElseThrow().code()).isEqualTo("3");
        assertThat(saved.value(FindingCode.WINDOW_MINUTES).orElseThrow().code()).isEqualTo("5");
        assertThat(saved.recordedBy().displayName()).isEqualTo("Nurse Example");

        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> cellText("obsRateColumn", "36.0 ↑"));
        assertThat(cellText("obsLastColumn", "1 Mar 2026 10:00")).isTrue();
        assertThat(cellText("obsDueColumn", "Next 14:00")).isTrue();
        List<Draft> drafts = db.read(s -> s.drafts().byAuthor(saved.recordedBy().id()));
        assertThat(drafts).as("draft deleted on save").isEmpty();
    }

    @Test
    void aRefusedCountIsMarkedOnItsFieldUntilMendedAndChoicesAreOneSegmentedControl() throws TimeoutException {
        robot.clickOn("#wardSearch").write("brook").type(KeyCode.DOWN);
        robot.clickOn("#logObservationWard");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#obsCount").tryQuery().isPresent());
        TextField count = robot.lookup("#obsCount").queryAs(TextField.class);
        assertThat(FieldValidation.isMarked(count)).isFalse();
        robot.targetWindow(count.getScene().getWindow()).clickOn(count).write("lots").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> FieldValidation.isMarked(count));
        assertThat(count.getAccessibleHelp()).contains("whole number");
        assertThat(robot.lookup("#observationDialog").tryQuery()).as("nothing saved, the form stays").isPresent();

        robot.clickOn(count).eraseText(4).write("2");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#observationDialog").tryQuery().isEmpty());
        assertThat(FieldValidation.isMarked(count)).isFalse();
        awaitQuiet();
    }

    @Test
    void aSecondClickOnAChosenSegmentClearsItBackToNotAssessed() throws TimeoutException {
        robot.clickOn("#wardSearch").write("brook").type(KeyCode.DOWN);
        robot.clickOn("#logObservationWard");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#obs-amplitude-mild").tryQuery().isPresent());
        ToggleButton mild = robot.lookup("#obs-amplitude-mild").queryAs(ToggleButton.class);
        assertThat(Stream.iterate(mild.getParent(), p -> p != null, Parent::getParent))
                .as("the choices are one ControlsFX segmented control").anyMatch(p -> p instanceof SegmentedButton);
        robot.targetWindow(mild.getScene().getWindow()).clickOn(mild);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, mild::isSelected);
        robot.clickOn(mild);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !mild.isSelected());
        robot.type(KeyCode.ESCAPE);
        awaitQuiet();
    }

    @Test
    void noMyoclonusSeenIsOneActionFromTheForm() throws TimeoutException {
        robot.clickOn("#wardSearch").write("brook").type(KeyCode.DOWN);
        robot.clickOn("#logObservationWard");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#obsNoMyoclonus").tryQuery().isPresent());
        robot.clickOn("#obsNoMyoclonus");
        awaitQuiet();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#observationDialog").tryQuery().isEmpty());
        awaitQuiet();

        List<Exam> exams = db.read(s -> s.exams().current(bill.id()));
        Exam saved = exams.get(exams.size() - 1);
        assertThat(saved.value(FindingCode.JERK_COUNT).orElseThrow().code()).isEqualTo("0");
        assertThat(saved.value(FindingCode.WINDOW_MINUTES).orElseThrow().code()).isEqualTo("5");
        assertThat(saved.value(FindingCode.DISTRIBUTION)).contains(MyoclonusDistribution.NONE);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> cellText("obsRateColumn", "0.0 ↓"));
    }

    @Test
    void nurseRecordsThePegWithTabAloneAndSeesItsScoreBeforeSaving() throws TimeoutException {
        robot.clickOn("#wardSearch").write("brook").type(KeyCode.DOWN);
        robot.clickOn("#logObservationWard");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#obs-peg_pain").tryQuery().isPresent());
        robot.clickOn("#obs-peg_pain").write("7").type(KeyCode.TAB).write("6").type(KeyCode.TAB).write("7");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> "PEG 6.7 (0-10)".equals(robot.lookup("#obsPegScore").queryLabeled().getText()));
        robot.type(KeyCode.TAB).write("3").type(KeyCode.TAB).write("8");
        robot.type(KeyCode.ENTER);
        awaitQuiet();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#observationDialog").tryQuery().isEmpty());
        awaitQuiet();

        List<Exam> exams = db.read(s -> s.exams().current(bill.id()));
        Exam saved = exams.get(exams.size() - 1);
        assertThat(saved.kind()).isEqualTo(ExamKind.OBSERVATION);
        assertThat(saved.findings()).extracting(f -> f.code().code() + "=" + f.value().code()).containsExactlyInAnyOrder(
                "pain.peg_pain=7", "pain.peg_enjoyment=6", "pain.peg_activity=7", "pain.nrs_rest=3", "pain.nrs_movement=8");
    }

    private boolean cellText(String columnId, String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && text.equals(c.getText())).tryQuery().isPresent();
    }

    private void awaitQuiet() {
        FxTestSupport.awaitQuiet(window.runner());
    }
}
