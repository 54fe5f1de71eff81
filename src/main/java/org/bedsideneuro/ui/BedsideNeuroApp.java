package org.bedsideneuro.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Clinician;
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
                    if (config.recordingAs() != null) {
                        recordAs(stage, config, status);
                    } else {
                        askWhoIsRecording(stage, config);
                    }
                },
                failure -> status.setText(failure.message()));
    }

    private void askWhoIsRecording(Stage stage, LaunchSettings config) {
        LoginView login = new LoginView(new LoginViewModel(database, runner), clinician -> showMainWindow(stage, config, clinician));
        stage.getScene().setRoot(login);
        login.focusName();
    }

    /** The clinician was named at launch: find or create them without asking. */
    private void recordAs(Stage stage, LaunchSettings config, Label status) {
        LaunchSettings.RecordingAs as = config.recordingAs();
        runner.run(() -> database.write(s -> s.clinicians().findOrCreate(as.displayName(), as.role())),
                clinician -> showMainWindow(stage, config, clinician),
                failure -> status.setText(failure.message()));
    }

    private void showMainWindow(Stage stage, LaunchSettings config, Clinician clinician) {
        mainWindow = new MainWindow(database, clinician, config.clock(), config.demoWardLoader());
        stage.setScene(mainWindow.createScene());
        stage.setTitle("BedsideNeuro: " + clinician.signature());
        mainWindow.focusSearch();
        if (config.mainWindowShown() != null) {
            config.mainWindowShown().accept(stage, mainWindow);
        }
    }

    @Override
    public void stop() {
        if (mainWindow != null) {
            mainWindow.close();
        }
        runner.close();
        if (database != null) {
            database.close();
        }
    }
}
