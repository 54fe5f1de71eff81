package org.bedsideneuro.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.AutomaticBackups;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.ui.login.LoginView;
import org.bedsideneuro.ui.login.LoginViewModel;

/**
 * The JavaFX application: opens the database, asks who is recording, then shows the main window. Kept thin: the
 * launcher (app.Main, a plain class so {@code java -jar} works) parses the command line, calls
 * {@link #configure(LaunchSettings)} and then {@code Application.launch(BedsideNeuroApp.class)}; JavaFX creates this
 * class itself, hence the static holder.
 */
public final class BedsideNeuroApp extends Application {
    private static volatile LaunchSettings settings;

    private final BackgroundRunner runner = new BackgroundRunner();
    private Database database;
    private MainWindow mainWindow;
    private org.bedsideneuro.ui.login.Workstation workstation;
    private AutomaticBackups backups;

    /** Called by the launcher before {@code Application.launch}. */
    public static void configure(LaunchSettings launchSettings) {
        settings = Objects.requireNonNull(launchSettings, "settings");
    }

    @Override
    public void start(Stage stage) {
        LaunchSettings config = settings;
        if (config == null) {
            throw new IllegalStateException("BedsideNeuroApp.configure(...) must be called before launch");
        }
        stage.setTitle("BedsideNeuro");
        Label status = new Label("Opening the ward database…");
        status.getStyleClass().add("startup-message");
        status.setWrapText(true);
        Scene scene = new Scene(new StackPane(status), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        // Opening migrates the schema (about half a second the first time): not on the FX thread.
        runner.run(() -> Database.open(config.databaseFile(), config.clock()),
                db -> {
                    database = db;
                    backups = AutomaticBackups.start(db, config.databaseFile(), config.clock(), AutomaticBackups.EVERY,
                            problem -> System.getLogger(BedsideNeuroApp.class.getName()).log(System.Logger.Level.WARNING, problem));
                    long accounts = db.read(s -> s.accounts().count());
                    long patients = db.read(s -> s.patients().count());
                    if (accounts > 0) {
                        logIn(stage, config);
                    } else if (patients == 0) {
                        logIn(stage, config);
                        workstation.showFirstAdministrator(); // an empty database: its first administrator (issue #11)
                    } else {
                        askWhoIsRecording(stage, config); // records from before accounts: the old seam until IT adds accounts
                    }
                },
                failure -> status.setText(failure.message()));
    }

    /** Accounts exist: log in, lock after idling, switch user (issue #11 point 3). */
    private void logIn(Stage stage, LaunchSettings config) {
        workstation = new org.bedsideneuro.ui.login.Workstation(stage.getScene(), database, config.clock(),
                org.bedsideneuro.ui.login.IdleLock.DEFAULT_TIMEOUT, account -> {
                    stage.setTitle("BedsideNeuro: " + account.clinician().signature());
                    return new MainWindow(database, account.clinician(), config.clock(), config.demoWardLoader());
                });
        workstation.showLogin();
    }

    private void askWhoIsRecording(Stage stage, LaunchSettings config) {
        LoginView login = new LoginView(new LoginViewModel(database, runner), clinician -> showMainWindow(stage, config, clinician));
        stage.getScene().setRoot(login);
        login.focusName();
    }

    private void showMainWindow(Stage stage, LaunchSettings config, Clinician clinician) {
        mainWindow = new MainWindow(database, clinician, config.clock(), config.demoWardLoader());
        stage.setScene(mainWindow.createScene());
        stage.setTitle("BedsideNeuro: " + clinician.signature());
        mainWindow.focusSearch();
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.close();
        }
        if (workstation != null) {
            workstation.close();
        }
        runner.close();
        if (backups != null) {
            backups.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
