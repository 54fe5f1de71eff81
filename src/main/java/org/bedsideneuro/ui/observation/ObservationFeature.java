package org.bedsideneuro.ui.observation;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.shell.AppWindow;
import org.bedsideneuro.ui.ward.WardRow;

/**
 * Plugs the quick observation into the main window through its seams: a "Log observation" button on the ward
 * toolbar and on the patient page, Ctrl+O on the ward screen (or O on the ward list), the observation columns of the
 * ward table, and the "Observations" tab of the patient page. The window knows nothing of observations beyond
 * calling {@link #install}.
 */
public final class ObservationFeature {
    private static final KeyCombination SHORTCUT = KeyCombination.keyCombination("Shortcut+O");

    private final AppWindow window;
    private final ObservationOverviewViewModel overview;
    private final ObservationTimelineViewModel timeline;

    private ObservationFeature(AppWindow window) {
        this.window = window;
        this.overview = new ObservationOverviewViewModel(window.records(), window.clock(), window.runner());
        this.timeline = new ObservationTimelineViewModel(window.records(), window.clinician(), window.clock(), window.runner());
    }

    /** Adds the observation buttons, shortcut, columns and tab to {@code window}. FX thread. */
    public static ObservationFeature install(AppWindow window) {
        ObservationFeature feature = new ObservationFeature(window);
        feature.installOnWard();
        window.onPatientPage(feature::installOnPatientPage); // built on the page's first opening
        return feature;
    }

    private void installOnWard() {
        TableView<WardRow> table = window.wardView().wardTable();
        WardObservationColumns.addTo(table, overview, new ClinicalFormats(window.clock()));
        // Every ward reload (the first one included: back from a patient, a patient saved, an observation saved) brings
        // the statuses in the same read as the list (a read of its own computed every patient's whole course).
        window.wardModel().snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) {
                overview.show(now.statuses());
            }
        });

        Button log = new Button("Log observation");
        log.setId("logObservationWard");
        log.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        log.setOnAction(e -> selectedOnWard().ifPresent(this::logFromWard));
        hideUnlessAllowed(log);
        window.wardView().addAction(log);

        window.wardView().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plainO = e.getCode() == KeyCode.O && !e.isShortcutDown() && !e.isAltDown() && e.getTarget() == table;
            if ((SHORTCUT.match(e) || plainO) && selectedOnWard().isPresent() && timeline.mayRecord()) {
                e.consume();
                logFromWard(selectedOnWard().get());
            }
        });
    }

    /** Logging observations is a nurse's or a neurologist's: an administrator alone reads. */
    private void hideUnlessAllowed(Button log) {
        log.setVisible(timeline.mayRecord());
        log.setManaged(timeline.mayRecord());
    }

    private Optional<Patient> selectedOnWard() {
        return Optional.ofNullable(window.wardView().wardTable().getSelectionModel().getSelectedItem()).map(WardRow::patient);
    }

    private void logFromWard(Patient patient) {
        open(ObservationFormViewModel.forNew(patient, window.records(), window.clinician(), window.clock(), window.runner()));
    }

    private void installOnPatientPage(PatientView page) {
        Button log = new Button("Log observation");
        log.setId("logObservationPatient");
        log.disableProperty().bind(window.patientModel().patientProperty().isNull());
        log.setOnAction(e -> {
            Patient patient = window.patientModel().patientProperty().get();
            if (patient != null) {
                open(ObservationFormViewModel.forNew(patient, window.records(), window.clinician(), window.clock(), window.runner()));
            }
        });
        hideUnlessAllowed(log);
        page.addAction(log);
        page.addTab(new ObservationTimelineView(timeline, this::amend).tab());
        window.patientModel().patientProperty().addListener((obs, old, now) -> {
            if (now != null) {
                timeline.show(now);
            }
        });
    }

    private void amend(Exam current) {
        Patient patient = window.patientModel().patientProperty().get();
        if (patient != null) {
            open(ObservationFormViewModel.forAmendment(patient, current, window.records(), window.clinician(), window.clock(), window.runner()));
        }
    }

    private void open(ObservationFormViewModel form) {
        ObservationDialog.open(form, window.root().getScene().getWindow()).ifPresent(saved -> afterSave(form.patient(), saved));
    }

    /** Shows the saved observation everywhere it appears, and keeps the patient selected on the ward. */
    private void afterSave(Patient patient, Exam saved) {
        window.wardModel().noticeProperty().set(Notice.info("Observation saved for " + patient.displayName()
                + (saved.amendment() == null ? "." : " (amended; the earlier version is kept).")));
        window.wardModel().refresh(() -> window.wardModel().rowFor(patient.id()).ifPresent(row -> {
            window.wardView().wardTable().getSelectionModel().select(row);
            window.wardView().wardTable().requestFocus();
        }));
        Patient shown = window.patientModel().patientProperty().get();
        if (shown != null && shown.id().equals(patient.id())) {
            window.patientModel().reload();
            timeline.show(shown);
        }
    }

    public ObservationOverviewViewModel overview() { return overview; }
    public ObservationTimelineViewModel timeline() { return timeline; }
}
