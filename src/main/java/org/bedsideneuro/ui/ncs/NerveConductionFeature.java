package org.bedsideneuro.ui.ncs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Tab;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * Plugs nerve conduction studies into the patient page through its seams: a "Nerve conduction" tab with the serial
 * flowsheet and a "Record study…" button (recording is a neurologist's, as for the bedside exam).
 */
public final class NerveConductionFeature {
    private final AppWindow window;
    private final StudyFlowsheetViewModel flowsheet;

    private NerveConductionFeature(AppWindow window) {
        this.window = window;
        this.flowsheet = new StudyFlowsheetViewModel(window.records(), window.runner());
    }

    /** Adds the tab to the patient page when it is built. FX thread. */
    public static NerveConductionFeature install(AppWindow window) {
        NerveConductionFeature feature = new NerveConductionFeature(window);
        window.onPatientPage(feature::installOnPatientPage);
        return feature;
    }

    private void installOnPatientPage(PatientView page) {
        Button record = new Button("Record study…");
        record.setId("recordStudy");
        record.disableProperty().bind(window.patientModel().patientProperty().isNull());
        boolean allowed = Permissions.allows(window.clinician(), false,
                Action.RECORD_EXAM);
        record.setVisible(allowed);
        record.setManaged(allowed);
        record.setOnAction(e -> {
            Patient patient = window.patientModel().patientProperty().get();
            if (patient != null) {
                StudyDialog.open(new StudyFormViewModel(patient, window.records(), window.clinician(), window.clock(), window.runner()),
                        window.root().getScene().getWindow()).ifPresent(saved -> afterSave(patient, saved));
            }
        });
        Button amend = new Button("Amend study…");
        amend.setId("amendStudy");
        amend.disableProperty().bind(Bindings.createBooleanBinding(
                () -> flowsheet.studiesProperty().get().isEmpty(), flowsheet.studiesProperty()));
        amend.setVisible(allowed);
        amend.setManaged(allowed);
        amend.setOnAction(e -> chooseStudyToAmend());
        BorderPane content = new BorderPane(new StudyFlowsheetView(flowsheet));
        content.setTop(new ToolBar(record, amend));
        Tab tab = new Tab("Nerve conduction", content);
        tab.setId("nerveConductionTab");
        tab.setClosable(false);
        page.addTab(tab);
        window.patientModel().patientProperty().addListener((obs, old, now) -> {
            if (now != null) {
                flowsheet.show(now);
            }
        });
        Patient shown = window.patientModel().patientProperty().get();
        if (shown != null) {
            flowsheet.show(shown);
        }
    }

    /** Asks which study (newest first), then opens it in the study form to amend it. */
    private void chooseStudyToAmend() {
        Patient patient = window.patientModel().patientProperty().get();
        List<Exam> studies = flowsheet.studiesProperty().get();
        if (patient == null || studies.isEmpty()) {
            return;
        }
        Map<String, Exam> byText = new LinkedHashMap<>();
        for (Exam e : studies) {
            byText.put(StudyFlowsheetViewModel.WHEN.format(e.recordedAt()) + " · " + e.recordedBy().displayName()
                    + (e.note().isBlank() ? "" : " · " + e.note()), e);
        }
        ChoiceDialog<String> choose = new ChoiceDialog<>(byText.keySet().iterator().next(),
                byText.keySet());
        choose.initOwner(window.root().getScene().getWindow());
        choose.setTitle("Amend a nerve conduction study");
        choose.setHeaderText("Which study? The original stays in the history.");
        choose.showAndWait().map(byText::get).ifPresent(study -> StudyDialog.open(StudyFormViewModel.forAmendment(patient, study,
                        window.records(), window.clinician(), window.clock(), window.runner()), window.root().getScene().getWindow())
                .ifPresent(saved -> afterSave(patient, saved)));
    }

    private void afterSave(Patient patient, Exam saved) {
        window.wardModel().noticeProperty().set(Notice.info("Nerve conduction study saved for " + patient.displayName() + "."));
        window.patientModel().reload();
        flowsheet.show(patient);
        window.recordsChanged();
    }

    public StudyFlowsheetViewModel flowsheet() { return flowsheet; }
}
