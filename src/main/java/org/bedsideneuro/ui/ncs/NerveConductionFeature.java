package org.bedsideneuro.ui.ncs;

import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.ui.common.Notice;
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
        this.flowsheet = new StudyFlowsheetViewModel(window.database(), window.runner());
    }

    /** Adds the tab to the patient page when it is built. FX thread. */
    public static NerveConductionFeature install(AppWindow window) {
        NerveConductionFeature feature = new NerveConductionFeature(window);
        window.onPatientPage(feature::installOnPatientPage);
        return feature;
    }

    private void installOnPatientPage(org.bedsideneuro.ui.patient.PatientView page) {
        Button record = new Button("Record study…");
        record.setId("recordStudy");
        record.disableProperty().bind(window.patientModel().patientProperty().isNull());
        boolean allowed = org.bedsideneuro.domain.account.Permissions.allows(window.clinician(), false,
                org.bedsideneuro.domain.account.Action.RECORD_EXAM);
        record.setVisible(allowed);
        record.setManaged(allowed);
        record.setOnAction(e -> {
            Patient patient = window.patientModel().patientProperty().get();
            if (patient != null) {
                StudyDialog.open(new StudyFormViewModel(patient, window.database(), window.clinician(), window.clock(), window.runner()),
                        window.root().getScene().getWindow()).ifPresent(saved -> afterSave(patient, saved));
            }
        });
        BorderPane content = new BorderPane(new StudyFlowsheetView(flowsheet));
        content.setTop(new ToolBar(record));
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

    private void afterSave(Patient patient, Exam saved) {
        window.wardModel().noticeProperty().set(Notice.info("Nerve conduction study saved for " + patient.displayName() + "."));
        window.patientModel().reload();
        flowsheet.show(patient);
        window.recordsChanged();
    }

    public StudyFlowsheetViewModel flowsheet() { return flowsheet; }
}
