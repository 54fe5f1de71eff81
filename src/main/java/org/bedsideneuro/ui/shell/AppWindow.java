package org.bedsideneuro.ui.shell;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.patient.PatientViewModel;
import org.bedsideneuro.ui.ward.WardView;
import org.bedsideneuro.ui.ward.WardViewModel;

/**
 * One clinician's main window, as a feature or the login shell uses it. Everything here is for the FX thread, except
 * the database, which the feature reaches through {@link #runner()}.
 */
public interface AppWindow extends AutoCloseable {
    /** The ward database (a file on this laptop, or the ward server). */
    Database database();

    /** Where forms keep their drafts while the ward server cannot be reached (issue #12 point 5). */
    LocalDrafts localDrafts();

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
