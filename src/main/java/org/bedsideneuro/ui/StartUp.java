package org.bedsideneuro.ui;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.AutomaticBackups;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseFiles;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.AccountService;
import org.bedsideneuro.ui.StartUpViewModel.Step;
import org.bedsideneuro.ui.backup.AutomaticBackupStatus;
import org.bedsideneuro.ui.backup.BackupFileChooser;
import org.bedsideneuro.ui.backup.RestoreHost;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.ui.common.ThemeSetting;
import org.bedsideneuro.ui.server.FxPasswordPrompt;
import org.bedsideneuro.ui.server.WardServerDialog;
import org.bedsideneuro.ui.server.WardServerSettingsModel;
import org.bedsideneuro.ui.start.DemoSwitches;
import org.bedsideneuro.ui.trend.TrendSettings;

/**
 * Start-up, one window's life on one database after another: opening it (a file, or the ward server), then what it
 * needs ({@link StartUpViewModel#howToStart}), then the clinician's window ({@link ClinicianWindows}); a restore or a
 * switch between the ward and the demo ward closes everything on the database and starts again on the other. The
 * automatic backups run while a ward file is open. FX thread.
 */
final class StartUp implements DemoSwitches, AutoCloseable {
    private final Stage stage;
    private final StartUpViewModel model = new StartUpViewModel();
    private final BackgroundRunner runner = new BackgroundRunner();
    /** Automatic-backup failures, on screen for everyone; outlives windows and restores. */
    private final AutomaticBackupStatus backupStatus = new AutomaticBackupStatus();
    private final Supplier<BackupFileChooser> backupFiles;
    private LaunchSettings config;
    private Database database;
    private AutomaticBackups backups;
    private ClinicianWindows windows;

    /** Opens a page in the system browser: the hospital's sign-in page for the EHR. */
    private final Consumer<URI> browser;

    StartUp(Stage stage, LaunchSettings config, Supplier<BackupFileChooser> backupFiles, Consumer<URI> browser) {
        this.stage = stage;
        this.config = config;
        this.backupFiles = backupFiles;
        this.browser = browser;
    }

    /** The first window: straight to the main window when the database opened while JavaFX started and the clinician is known. */
    void begin(CompletableFuture<DatabaseOpening.Opened> open) {
        stage.setTitle(StartUpViewModel.TITLE);
        ThemeSetting.applySaved(config.computerSettingsFile()); // before the first scene
        TrendSettings.keepIn(config.computerSettingsFile()); // the trend's period and opened lanes
        DatabaseOpening.TOOLKIT_UP.complete(null);
        DatabaseOpening.waitBrieflyForAFile(config, open);
        boolean opened = open.isDone() && !open.isCompletedExceptionally();
        if (opened && open.join().clinician() != null) {
            use(open.join().database());
            windows.showMainWindow(open.join().clinician());
            stage.show();
            windows.notifyShown();
            return;
        }
        newScene();
        stage.show();
        if (opened) {
            // The login at once, in this same event: the first frame drawn is it, not an "Opening" screen replaced.
            use(open.join().database());
            chooseHowToStart();
            return;
        }
        awaitOpening(open);
    }

    StartUpViewModel model() {
        return model;
    }

    /** "Opening…" until the database is open, then what it needs; when it cannot be opened, why, and the ways on. */
    private void awaitOpening(CompletableFuture<DatabaseOpening.Opened> open) {
        model.opening(config.database());
        stage.getScene().setRoot(StartUpScreens.opening(model, () -> awaitOpening(DatabaseOpening.start(config)),
                config.computer() == null ? null : () -> chooseServer().ifPresent(location -> {
                    config = config.withDatabase(location);
                    awaitOpening(DatabaseOpening.start(config));
                })));
        // Opening may migrate the schema, about half a second the first time: not on the FX thread.
        runner.run(open::get, opened -> {
            use(opened.database());
            if (opened.clinician() != null) {
                windows.showMainWindow(opened.clinician());
                windows.notifyShown();
            } else {
                chooseHowToStart();
            }
        }, failure -> model.couldNotOpen(failure.message()));
    }

    /** Settings, Ward server…: the choice is saved for this computer (it applies from the next start); empty when cancelled. */
    Optional<DatabaseLocation> chooseServer() {
        LaunchSettings.Computer computer = config.computer();
        WardServerSettingsModel settings = new WardServerSettingsModel(computer.settingsFile(), computer.localDatabase(), runner,
                new FxPasswordPrompt(DatabaseOpening.TOOLKIT_UP), computer.givenOnCommandLine());
        return new WardServerDialog(settings, stage).showAndWait();
    }

    private void use(Database db) {
        database = db;
        windows = new ClinicianWindows(this, stage, config, db, backupStatus, backupFiles.get(), browser);
        // A ward server is backed up by IT on the server (pg_dump), not from a laptop; the demo ward is made anew on request.
        if (config.databaseFile() != null && !config.isDemo()) {
            backups = AutomaticBackups.start(db, config.databaseFile(), config.clock(), AutomaticBackups.AFTER_START, AutomaticBackups.EVERY,
                    problem -> {
                        System.getLogger(StartUp.class.getName()).log(System.Logger.Level.WARNING, problem);
                        backupStatus.failed(problem); // on screen too: no one on the ward reads the log
                    });
        }
    }

    private void chooseHowToStart() {
        long accounts = database.read(s -> s.accounts().count());
        long patients = database.read(s -> s.patients().count());
        stage.setTitle(StartUpViewModel.title(config.isDemo(), null));
        Step next = StartUpViewModel.howToStart(accounts, patients, config.isDemo(), config.demoWardLoader() != null, config.offersDemo());
        model.go(next);
        switch (next) {
            case MAKING_DEMO -> makeDemoWard();
            case LOG_IN -> windows.logIn();
            case WELCOME -> windows.welcome();
            case FIRST_ADMINISTRATOR -> windows.setUpWard();
            default -> windows.askWhoIsRecording();
        }
    }

    /** The demo ward's database on first use: the demo ward, made in the background, then its login. */
    private void makeDemoWard() {
        stage.getScene().setRoot(StartUpScreens.progress(model, "startupStatus"));
        Database db = database;
        runner.run(() -> {
            Clinician installer = new AccountService(db).recorder("BedsideNeuro demo (fictional)", Role.OTHER);
            config.demoWardLoader().load(db, installer);
            return Boolean.TRUE;
        }, done -> {
            model.go(Step.LOG_IN);
            windows.logIn();
        }, failure -> model.demoNotMade(failure.message()));
    }

    /** Moves this window to another database: everything using the current one lets go, then the other opens anew. */
    private void switchTo(LaunchSettings other) {
        closeDatabase();
        config = other;
        newScene(); // the scene before carries the previous window's or login's keys and filters
        awaitOpening(DatabaseOpening.start(other));
    }

    private void newScene() {
        Scene scene = new Scene(new StackPane(), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
    }

    @Override public void exploreDemo() { switchTo(config.onDemo()); }
    @Override public void leaveDemo() { switchTo(config.onWard()); }

    /** The demo ward's database, made afresh: removed while nothing holds it, then opened as new. Only in the demo. */
    @Override
    public void resetDemo() {
        if (!config.isDemo()) {
            return;
        }
        closeDatabase();
        try {
            DatabaseFiles.delete(config.databaseFile());
        } catch (IOException e) {
            System.getLogger(StartUp.class.getName()).log(System.Logger.Level.WARNING, "demo ward not reset", e);
        }
        switchTo(config);
    }

    /** A restore replaces the database file under the running app: all lets go, then it opens as at a start (login included). */
    RestoreHost restoreHost() {
        return new RestoreHost() {
            @Override
            public void release() {
                model.go(Step.RESTORING);
                stage.getScene().setRoot(StartUpScreens.progress(model, "restoring"));
                closeDatabase();
            }

            @Override
            public void reopen(Notice notice) {
                runner.run(() -> Database.open(config.databaseFile(), config.clock()), db -> {
                    use(db);
                    chooseHowToStart();
                    windows.showNote(notice);
                }, failure -> model.notReopened(notice.text(), failure.message()));
            }
        };
    }

    /** Closes the windows, the login screen, the automatic backups and the database (before a restore or a switch, and on exit). */
    private void closeDatabase() {
        if (windows != null) {
            windows.close();
            windows = null;
        }
        if (backups != null) {
            backups.close();
            backups = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Override
    public void close() {
        closeDatabase();
        runner.close();
    }
}
