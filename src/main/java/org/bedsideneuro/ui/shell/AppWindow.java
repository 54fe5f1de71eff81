package org.bedsideneuro.ui.shell;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.patient.PatientViewModel;
import org.bedsideneuro.ui.ward.WardView;
import org.bedsideneuro.ui.ward.WardViewModel;

/**
 * One clinician's main window, as a feature or the login shell uses it. Everything here is for the FX thread, except
 * the records, which the feature reaches through {@link #runner()}.
 */
public interface AppWindow extends AutoCloseable {
    /**
     * The ward's records (a file on this laptop, or the ward server): read through them, write through their services;
     * forms keep their drafts on this laptop while the ward server cannot be reached.
     */
    WardRecords records();

    /** Who is recording: every record made in this window carries this clinician. */
    Clinician clinician();

    Clock clock();

    /** The window's background thread for database and file work; closed with the window. */
    BackgroundRunner runner();

    /** The ward screen: features add actions and columns to it. */
    WardView wardView();

    WardViewModel wardModel();

    /** The patient shown on the patient page (none before the first opening). */
    PatientViewModel patientModel();

    /** {@code part} adds to the patient page (actions, tabs, banners) when the page is built, or at once when it is. */
    void onPatientPage(Consumer<PatientView> part);

    /** {@code follower} is told each patient opened (the same one again included), after the page's own model. FX thread. */
    void onPatientOpened(Consumer<Patient> follower);

    /** {@code reload} runs when someone saved elsewhere while the patient page is shown; selections and typing stay. */
    void onPatientPageReload(Runnable reload);

    /** The regimen shown changed (an order started, changed or stopped): what depends on it reloads. FX thread. */
    void regimenChanged();

    /** {@code reload} runs after {@link #regimenChanged()}. */
    void onRegimenChanged(Runnable reload);

    /** Shows this exam of the patient on the page in its History tab (a trend point or a flag was clicked). */
    void showExam(ExamId exam);

    /** Menus features add (File for an administrator's backups, say), shown before the shell's own. */
    ObservableList<Menu> menus();

    /** The window's content, for a shell to put in its scene (under its menu bar). */
    Parent root();

    /** Shows this patient's page. */
    void openPatient(Patient patient);

    /** Something this window saved changes what its screens show (a dose charted): they reload. FX thread. */
    void recordsChanged();

    /** The shell says who is logged in; the window's own "Recording: …" would say it a second time. */
    void hideWhoIsRecording();

    /** Puts the cursor in the ward's search box: the window's starting point. */
    void focusSearch();

    /** Stops the window's background work; the database belongs to whoever opened it. */
    @Override
    void close();
}
