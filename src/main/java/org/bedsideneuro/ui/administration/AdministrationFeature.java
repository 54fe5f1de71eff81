package org.bedsideneuro.ui.administration;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.shell.AppWindow;
import org.bedsideneuro.ui.ward.WardRow;

/**
 * Plugs the administration record into the main window: "Log PRN dose" on the ward toolbar and the patient page
 * (Ctrl+D, or D on the ward list), and the patient page's "Doses" tab. Nurses and neurologists chart doses; the button
 * is hidden from anyone else (the service refuses them anyway).
 */
public final class AdministrationFeature {
    private static final KeyCombination SHORTCUT = KeyCombination.keyCombination("Shortcut+D");

    private final AppWindow window;
    private final DosesViewModel doses;

    private AdministrationFeature(AppWindow window) {
        this.window = window;
        this.doses = new DosesViewModel(window.records(), window.clinician(), window.clock(), window.runner());
    }

    public static AdministrationFeature install(AppWindow window) {
        AdministrationFeature feature = new AdministrationFeature(window);
        feature.installOnWard();
        window.onPatientPage(feature::installOnPatientPage);
        return feature;
    }

    private boolean mayChart() {
        return Permissions.allows(window.clinician(), false, Action.RECORD_ADMINISTRATION);
    }

    private void installOnWard() {
        var table = window.wardView().wardTable();
        Button log = new Button("Log PRN dose");
        log.setId("logPrnWard");
        log.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        log.setOnAction(e -> selectedOnWard().ifPresent(this::log));
        log.setVisible(mayChart());
        log.setManaged(mayChart());
        window.wardView().addAction(log);
        window.wardView().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plainD = e.getCode() == KeyCode.D && !e.isShortcutDown() && !e.isAltDown() && e.getTarget() == table;
            if ((SHORTCUT.match(e) || plainD) && selectedOnWard().isPresent() && mayChart()) {
                e.consume();
                log(selectedOnWard().get());
            }
        });
    }

    private Optional<Patient> selectedOnWard() {
        return Optional.ofNullable(window.wardView().wardTable().getSelectionModel().getSelectedItem()).map(WardRow::patient);
    }

    private void installOnPatientPage(PatientView page) {
        Button log = new Button("Log PRN dose");
        log.setId("logPrnPatient");
        log.disableProperty().bind(window.patientModel().patientProperty().isNull());
        log.setOnAction(e -> Optional.ofNullable(window.patientModel().patientProperty().get()).ifPresent(this::log));
        log.setVisible(mayChart());
        log.setManaged(mayChart());
        page.addAction(log);
        page.addTab(new DosesView(doses).tab());
        window.patientModel().patientProperty().addListener((obs, old, now) -> {
            if (now != null) {
                doses.show(now);
            }
        });
    }

    /** Opens the PRN dose form for {@code patient}. FX thread. */
    public void log(Patient patient) {
        PrnDoseViewModel form = new PrnDoseViewModel(window.records(), window.clinician(), window.clock(), window.runner(), patient);
        PrnDoseDialog.open(form, window.root().getScene().getWindow(), saved -> afterSave(patient, saved),
                nothing -> window.wardModel().noticeProperty().set(Notice.problem(nothing)));
    }

    private void afterSave(Patient patient, Administration saved) {
        String what = saved.status().label().toLowerCase(Locale.ROOT);
        Notice notice = Notice.info("PRN dose " + what + " for " + patient.displayName() + " at "
                + PrnDoseViewModel.HH_MM.format(saved.givenAt().atZoneSameInstant(window.clock().getZone())) + ", charted.");
        window.wardModel().noticeProperty().set(notice);
        window.patientModel().noticeProperty().set(notice);
        Patient shown = window.patientModel().patientProperty().get();
        if (shown != null && shown.id().equals(patient.id())) {
            doses.show(shown);
        }
        window.recordsChanged();
    }

    public DosesViewModel doses() { return doses; }
}
