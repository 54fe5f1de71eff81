package org.bedsideneuro.ui.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.SigningService;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.patient.HistoryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signing through the window: "Save and sign…" and "Sign…" ask for the password again, the
 * signature's text is on the patient page, in the history and in the flowsheet, a signed exam is amended only with a
 * new signature while the signed original stays visible, and a nurse never sees Sign.
 */
class SigningUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String ADAS_SIGNATURE = "Signed by Dr Ada Testwell, neurologist, 2026-03-01 10:00 \u2014 meaning: author";
    private static final int WAIT_S = 30;

    @TempDir
    Path dir;
    private Database db;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private Patient patient;
    private Account ada;
    private Account ben;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            ada = s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST), "ada-password".toCharArray(), false, it);
            ben = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
            return null;
        });
        patient = new SyntheticWard(db).patient("SYN-7", "Testwell", "Tess", LocalDate.of(1950, 1, 1), "4", ada.clinician());
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
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

    private TextField cell(FindingCode code, Side side) {
        return robot.lookup("#cell-" + code.code().replace('.', '-') + "-" + side.code()).queryAs(TextField.class);
    }

    private void typePasswordAndSign(String password) {
        robot.clickOn("#signPassword").write(password);
        robot.clickOn("#signConfirm");
        quiet();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Exam savedUnsigned() {
        return new SyntheticWard(db).exam(patient, OffsetDateTime.parse("2026-03-01T09:00:00Z"), ada.clinician(),
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
    }

    @Test
    void aNeurologistSavesAndSignsAnExamAndTheSignatureIsOnThePatientPageTheHistoryAndTheFlowsheet() throws TimeoutException {
        show(ada.clinician());
        FxTestSupport.onFx(() -> window.examFeature().newExam());
        quiet();
        robot.clickOn(cell(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT)).write("4");
        robot.clickOn("#examSaveAndSign");
        typePasswordAndSign("ada-password");

        TableView<HistoryEntry> history = robot.lookup("#patientHistory").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        quiet();
        assertThat(text("#selectedExamSignature")).isEqualTo(ADAS_SIGNATURE);
        assertThat(history.getItems().get(0).signatureText()).isEqualTo(ADAS_SIGNATURE);
        FlowsheetViewModel.Sheet sheet = window.examFeature().flowsheet().sheetProperty().get();
        assertThat(sheet.signatures()).containsExactly(ADAS_SIGNATURE);
    }

    @Test
    void aSignedExamIsAmendedOnlyWithANewSignatureAndTheSignedOriginalStaysInTheHistory() throws TimeoutException {
        Exam original = savedUnsigned();
        new SigningService(db).sign(original.id(), ada, "ada-password".toCharArray());
        show(ada.clinician());
        TableView<HistoryEntry> history = robot.lookup("#patientHistory").queryTableView();
        FxTestSupport.onFx(() -> {
            window.examFeature().form().view(patient, history.getItems().get(0).recorded());
            window.patientView().tabs().getSelectionModel().select(1); // the form's view is built when its tab first shows
        });
        quiet();
        assertThat(text("#examSignature")).isEqualTo(ADAS_SIGNATURE);
        FxTestSupport.onFx(() -> window.patientView().tabs().getSelectionModel().select(1));
        robot.clickOn("#examAmend");
        robot.clickOn("#examReason").write("re-tested");
        robot.doubleClickOn(cell(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT)).write("3");
        assertThat(robot.lookup("#examSave").queryButton().isDisabled()).as("no unsigned amendment of a signed exam").isTrue();
        robot.clickOn("#examSaveAndSign");
        typePasswordAndSign("not-her-password");
        assertThat(window.examFeature().form().noticeProperty().get().text())
                .startsWith("The password is not correct: nothing was saved or signed").doesNotContain("not-her-password");
        assertThat(cell(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).getText()).as("entries kept").isEqualTo("3");
        List<Exam> current = db.read(s -> s.exams().current(patient.id()));
        assertThat(current).extracting(Exam::id).containsExactly(original.id());

        robot.clickOn("#examSaveAndSign");
        typePasswordAndSign("ada-password");
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        quiet();
        // The fixed clock gives both versions the same times: find them by status, not by place.
        HistoryEntry amended = history.getItems().stream().filter(h -> h.examStatus() == ExamStatus.CURRENT).findFirst().orElseThrow();
        HistoryEntry signedOriginal = history.getItems().stream().filter(h -> h.examStatus() != ExamStatus.CURRENT).findFirst().orElseThrow();
        assertThat(amended.recorded().exam().value(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT)).contains(MrcGrade.THREE);
        assertThat(amended.signatureText()).isEqualTo(ADAS_SIGNATURE);
        assertThat(signedOriginal.examStatus()).isEqualTo(ExamStatus.AMENDED);
        assertThat(signedOriginal.recorded().exam().id()).isEqualTo(original.id());
        assertThat(signedOriginal.signatureText()).as("the signed original keeps its signature").isEqualTo(ADAS_SIGNATURE);
        FxTestSupport.onFx(() -> window.patientModel().selectedProperty().set(signedOriginal));
        assertThat(text("#selectedExamSignature")).isEqualTo(ADAS_SIGNATURE);
    }

    @Test
    void anExamSavedUnsignedIsSignedFromThePatientPage() throws TimeoutException {
        Exam exam = savedUnsigned();
        show(ada.clinician());
        assertThat(text("#selectedExamSignature")).isEqualTo("Not signed");
        robot.clickOn("#signSelectedExam");
        typePasswordAndSign("ada-password");
        Map<ExamId, List<Signature>> signed = db.read(s -> s.signatures().forPatient(patient.id()));
        assertThat(signed.get(exam.id())).singleElement().satisfies(sig -> assertThat(sig.text(ZoneOffset.UTC)).isEqualTo(ADAS_SIGNATURE));
        quiet();
        assertThat(text("#selectedExamSignature")).isEqualTo(ADAS_SIGNATURE);
        assertThat(robot.lookup("#signSelectedExam").queryButton().isDisabled()).as("signed once").isTrue();
    }

    @Test
    void aNurseNeverSeesSignNorAmendAndHerObservationIsAttributedNotSigned() throws TimeoutException {
        savedUnsigned();
        new SyntheticWard(db).observation(patient, OffsetDateTime.parse("2026-03-01T09:30:00Z"), ben.clinician(),
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)));
        show(ben.clinician());
        assertThat(robot.lookup("#signSelectedExam").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#newExam").queryButton().isVisible()).isFalse();
        TableView<HistoryEntry> history = robot.lookup("#patientHistory").queryTableView();
        HistoryEntry observation = history.getItems().get(0);
        assertThat(observation.clinician()).isEqualTo("Nurse Ben Sample (nurse)");
        assertThat(observation.signatureText()).isEmpty();
        FxTestSupport.onFx(() -> {
            window.examFeature().form().view(patient, history.getItems().get(1).recorded());
            window.patientView().tabs().getSelectionModel().select(1); // the form's view is built when its tab first shows
        });
        quiet();
        assertThat(robot.lookup("#examSaveAndSign").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#examSign").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#examAmend").queryButton().isVisible()).isFalse();
    }
}
