package org.bedsideneuro.ui.exam;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Focus;
import org.bedsideneuro.ui.patient.HistoryEntry;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.patient.PatientViewModel;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * Plugs the exam form and the flowsheet into the patient page through its seams: "New exam" (Ctrl+N) and "Resume the
 * unsaved exam" in the action bar, an "Exam" and a "Flowsheet" tab, and Enter or a double click on a history entry to
 * read that exam in the form. After a save the page's history reloads, so the new version shows at once.
 */
public final class ExamFeature implements AutoCloseable {
    private static final KeyCombination NEW_EXAM = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final PatientView page;
    private final PatientViewModel pageModel;
    private final ExamFormViewModel form;
    /** Built when the Exam tab is first shown: its 47 finding fields are not needed for the first frame. */
    private ExamFormView formView;
    private final FlowsheetViewModel flowsheet;
    private final Tab examTab;
    private final Tab flowsheetTab;
    private final boolean mayExamine;

    public ExamFeature(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner,
                       PatientView page, PatientViewModel pageModel) {
        this.page = page;
        this.pageModel = pageModel;
        // Nurses log observations; exams are the neurologist's: the window hides what a role cannot do.
        this.mayExamine = Permissions.allows(clinician, false, Action.RECORD_EXAM);
        form = new ExamFormViewModel(records, clinician, clock, runner);
        flowsheet = new FlowsheetViewModel(records, new ClinicalFormats(clock), runner);
        examTab = new Tab("Exam");
        examTab.setId("examTab");
        examTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                formView();
            }
        });
        flowsheetTab = new Tab("Flowsheet", new FlowsheetView(flowsheet));
        flowsheetTab.setId("flowsheetTab");
        page.addTab(examTab);
        page.addTab(flowsheetTab);
        page.addAction(newExamButton());
        page.addAction(signButton());
        page.addAction(resumeButton());
        form.closeForm();

        pageModel.patientProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.id().equals(now.id()))) {
                form.closeForm();
                page.tabs().getSelectionModel().selectFirst();
            }
        });
        // Each load of the page (opened again from the ward, or reloaded after a save) looks for a draft afresh.
        pageModel.loadedProperty().addListener((obs, was, loaded) -> {
            Patient patient = pageModel.patientProperty().get();
            if (loaded && patient != null) {
                form.lookForDraft(patient);
                flowsheet.load(patient);
            }
        });
        form.setOnSaved(exam -> {
            pageModel.reload();
            // The saved version is at the top of the history, selected: shown there at once.
            page.tabs().getSelectionModel().selectFirst();
        });
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (NEW_EXAM.match(e) && mayExamine) {
                e.consume();
                newExam();
            }
        });
        page.historyList().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            }
        });
        page.historyList().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    /**
     * Plugs the exam form and the flowsheet into {@code window}'s patient page when the page is built (its first
     * opening); {@code built} then gets the feature (the window's banner saves a kept exam through it). FX thread.
     */
    public static void install(AppWindow window, Consumer<ExamFeature> built) {
        window.onPatientPage(page -> built.accept(new ExamFeature(window.records(), window.clinician(), window.clock(), window.runner(),
                page, window.patientModel())));
    }

    private Button newExamButton() {
        Button button = new Button("New exam (Ctrl+N)");
        button.setId("newExam");
        button.setVisible(mayExamine);
        button.setManaged(mayExamine);
        button.setOnAction(e -> newExam());
        return button;
    }

    /**
     * "Sign…" for the selected exam when it is current and not yet signed: it opens in the form,
     * read-only, so the neurologist sees what they sign, and the password is asked for. Never shown to a nurse.
     */
    private Button signButton() {
        Button button = new Button("Sign\u2026");
        button.setId("signSelectedExam");
        button.setVisible(form.maySign());
        button.setManaged(form.maySign());
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            HistoryEntry entry = pageModel.selectedProperty().get();
            return entry == null || !entry.recorded().isCurrent() || !entry.awaitsSignature();
        }, pageModel.selectedProperty()));
        button.setOnAction(e -> {
            HistoryEntry entry = pageModel.selectedProperty().get();
            Patient patient = pageModel.patientProperty().get();
            if (entry == null || patient == null || form.savingProperty().get() || !form.maySign()) {
                return;
            }
            form.view(patient, entry.recorded());
            showForm();
            SignDialog.ask(page.getScene().getWindow(), "Sign the exam of " + entry.time(), form.clinician.signature(), form::sign);
        });
        return button;
    }

    private Button resumeButton() {
        Button button = new Button();
        button.setId("resumeDraft");
        button.textProperty().bind(form.resumeTextProperty());
        button.visibleProperty().bind(form.resumableDraftProperty().isNotNull());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(e -> {
            Patient patient = pageModel.patientProperty().get();
            if (patient != null && form.resumableDraftProperty().get() != null) {
                form.resume(patient, form.resumableDraftProperty().get());
                showForm();
            }
        });
        return button;
    }

    /** Opens an empty exam for the patient on the page, with the cursor in the first cell. */
    public void newExam() {
        Patient patient = pageModel.patientProperty().get();
        if (patient != null && !form.savingProperty().get()) {
            form.startNew(patient);
            showForm();
        }
    }

    private void openSelected() {
        HistoryEntry entry = pageModel.selectedProperty().get();
        Patient patient = pageModel.patientProperty().get();
        if (entry != null && patient != null && !form.savingProperty().get()) {
            form.view(patient, entry.recorded());
            showForm();
        }
    }

    private void showForm() {
        ExamFormView view = formView();
        page.tabs().getSelectionModel().select(examTab);
        Focus.afterNextLayout(view.firstCell());
    }

    private ExamFormView formView() {
        if (formView == null) {
            formView = new ExamFormView(form);
            examTab.setContent(formView);
        }
        return formView;
    }

    public ExamFormViewModel form() { return form; }
    public FlowsheetViewModel flowsheet() { return flowsheet; }

    @Override
    public void close() {
        form.close();
    }
}
