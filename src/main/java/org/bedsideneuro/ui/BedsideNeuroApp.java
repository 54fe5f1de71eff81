package org.bedsideneuro.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.bedsideneuro.ui.backup.BackupFileChooser;

/**
 * The JavaFX entry point, and nothing more: the launcher (app.Main, a plain class so {@code java -jar} works) parses
 * the command line, calls {@link #configure(LaunchSettings)} and then {@code Application.launch(BedsideNeuroApp.class)};
 * JavaFX creates this class itself, hence the static holder. What the window shows, from opening the database to the
 * clinician's window, is {@link StartUp}'s.
 */
public final class BedsideNeuroApp extends Application {
    private static volatile LaunchSettings settings;
    /** The database being opened since {@link #configure}, while JavaFX starts. */
    private static volatile CompletableFuture<DatabaseOpening.Opened> opening;
    /** Where an administrator's backups go and come from: the system's file dialogs, unless a test replaced them. */
    private static volatile BackupFileChooser backupFiles = BackupFileChooser.system();

    private StartUp startUp;

    /** For UI tests and unattended runs: file dialogs they can answer (a native dialog cannot be driven headless). */
    public static void useBackupFileChooser(BackupFileChooser chooser) {
        backupFiles = Objects.requireNonNull(chooser, "chooser");
    }

    /** Called by the launcher before {@code Application.launch}: starts opening the database at once. */
    public static void configure(LaunchSettings launchSettings) {
        settings = Objects.requireNonNull(launchSettings, "settings");
        opening = DatabaseOpening.start(launchSettings);
    }

    @Override
    public void start(Stage stage) {
        if (settings == null) {
            throw new IllegalStateException("BedsideNeuroApp.configure(...) must be called before launch");
        }
        startUp = new StartUp(stage, settings, () -> backupFiles,
                uri -> Platform.runLater(() -> getHostServices().showDocument(uri.toString())));
        startUp.begin(opening);
    }

    /** Demo, Reset the demo ward, once confirmed: nothing happens outside the demo. FX thread. */
    public void resetDemoWard() {
        if (startUp != null) {
            startUp.resetDemo();
        }
    }

    @Override
    public void stop() {
        if (startUp != null) {
            startUp.close();
        }
    }
}
