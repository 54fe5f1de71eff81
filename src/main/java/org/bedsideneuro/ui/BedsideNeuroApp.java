package org.bedsideneuro.ui;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.AutomaticBackups;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.BackupService;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.service.SmartSession;
import org.bedsideneuro.service.SmartSignIn;
import org.bedsideneuro.ui.backup.AutomaticBackupStatus;
import org.bedsideneuro.ui.backup.BackupFeature;
import org.bedsideneuro.ui.backup.BackupFileChooser;
import org.bedsideneuro.ui.backup.RestoreHost;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.common.Theme;
import org.bedsideneuro.ui.ehr.EhrFeature;
import org.bedsideneuro.ui.login.WhoIsRecordingView;
import org.bedsideneuro.ui.login.WhoIsRecordingViewModel;

/**
 * The JavaFX application: opens the database, asks who is recording, then shows the main window. Kept thin: the
 * launcher (app.Main, a plain class so {@code java -jar} works) parses the command line, calls
 * {@link #configure(LaunchSettings)} and then {@code Application.launch(BedsideNeuroApp.class)}; JavaFX creates this
 * class itself, hence the static holder.
 */
public final class BedsideNeuroApp extends Application {
    private static volatile LaunchSettings settings;
    /** The database being opened since {@link #configure}, while JavaFX starts (and the clinician named at launch, if any). */
    private static volatile CompletableFuture<Opened> opening;

    /** An open database, and the clinician given with {@link LaunchSettings#recordingAs()} (null: ask). */
    private record Opened(Database database, Clinician clinician) {
    }

    private final BackgroundRunner runner = new BackgroundRunner();
    /** For the EHR settings' connection test: the CapabilityStatement, which a server gives without sign-in. */
    private final Function<URI, EhrClient> ehrClients = uri -> new EhrClient(EhrFeature.TIMEOUT, null);
    private Database database;
    private MainWindow mainWindow;
    private AutomaticBackups backups;
    private org.bedsideneuro.ui.login.Workstation workstation;
    private Stage stage;
    /** Automatic-backup failures, on screen for everyone (issue #7); outlives windows and restores. */
    private final AutomaticBackupStatus backupStatus = new AutomaticBackupStatus();
    /** Where an administrator's backups go and come from: the system's file dialogs, unless a test replaced them. */
    private static volatile BackupFileChooser backupFiles = BackupFileChooser.system();

    /** For UI tests and unattended runs: file dialogs they can answer (a native dialog cannot be driven headless). */
    public static void useBackupFileChooser(BackupFileChooser chooser) {
        backupFiles = Objects.requireNonNull(chooser, "chooser");
    }

    /**
     * Called by the launcher before {@code Application.launch}. Starts opening the database at once, on a thread of
     * its own: loading the SQLite driver and reading the schema overlap the toolkit's start instead of following it
     * (about a second of a cold start on a ward laptop, issue #9). Its outcome is shown once the window is up.
     */
    public static void configure(LaunchSettings launchSettings) {
        settings = Objects.requireNonNull(launchSettings, "settings");
        opening = startOpening(launchSettings);
    }

    /** Completes once JavaFX runs: a ward server's password prompt opening the database meanwhile waits for it. */
    private static final CompletableFuture<Void> TOOLKIT_UP = new CompletableFuture<>();

    private static CompletableFuture<Opened> startOpening(LaunchSettings launchSettings) {
        return CompletableFuture.supplyAsync(() -> open(launchSettings), work -> {
            Thread thread = new Thread(work, "bedside-neuro-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Opened open(LaunchSettings config) {
        // A file on this laptop, or the ward server (issue #12), whose password is asked in a dialog when needed.
        Database db = Database.open(config.database(), config.clock(), new org.bedsideneuro.ui.server.FxPasswordPrompt(TOOLKIT_UP));
        LaunchSettings.RecordingAs as = config.recordingAs();
        try {
            return new Opened(db, as == null ? null : db.write(s -> s.clinicians().findOrCreate(as.displayName(), as.role())));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        LaunchSettings config = settings;
        if (config == null) {
            throw new IllegalStateException("BedsideNeuroApp.configure(...) must be called before launch");
        }
        this.stage = stage;
        stage.setTitle("BedsideNeuro");
        org.bedsideneuro.ui.common.ThemeSetting.applySaved(config.computerSettingsFile()); // before the first scene
        org.bedsideneuro.ui.trend.TrendSettings.keepIn(config.computerSettingsFile()); // the trend's period and opened lanes
        TOOLKIT_UP.complete(null);
        CompletableFuture<Opened> open = opening;
        waitBrieflyForAFile(config, open);
        if (open.isDone() && !open.isCompletedExceptionally() && open.join().clinician() != null) {
            // Opened while JavaFX started, clinician known: straight to the main window, without a first scene to lay out.
            useDatabase(open.join().database(), config);
            showMainWindow(stage, config, open.join().clinician());
            stage.show();
            notifyShown(stage, config);
            return;
        }
        Scene scene = new Scene(new StackPane(), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        if (open.isDone() && !open.isCompletedExceptionally()) {
            // Opened while JavaFX started (or within the short wait above): the login, or "who is recording", at once,
            // in this same event, so the first frame drawn is it and not an "Opening" screen replaced a moment later.
            useDatabase(open.join().database(), config);
            chooseHowToStart(stage, config);
            return;
        }
        awaitOpening(stage, config, open);
    }

    /**
     * How long the first window waits, unseen, for a database file still opening, before it shows "Opening the ward
     * database…" instead (then the login, or the main window for a clinician named at launch, comes first). A file opens in a fraction of a second (the SQLite driver's native library, the schema
     * version); when the toolkit was up first, the opening screen was styled, laid out and drawn only to be replaced
     * a moment later, and the main window built only after it (issue #9). A migration, or a damaged file, takes longer
     * or fails: the opening screen then shows, as before.
     */
    static final long FILE_OPENING_WAIT_MILLIS = 1000;

    /** Waits at most {@link #FILE_OPENING_WAIT_MILLIS} for a file; never for the ward server, whose password may be asked on this thread. */
    private static void waitBrieflyForAFile(LaunchSettings config, CompletableFuture<Opened> open) {
        if (open.isDone() || !(config.database() instanceof org.bedsideneuro.persistence.DatabaseLocation.SqliteFile)) {
            return;
        }
        try {
            open.get(FILE_OPENING_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException notYetOrFailed) {
            // shown by awaitOpening: the opening screen, or the failure in plain words
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Shows "opening" until the database is open, then the login; when it cannot be opened, the reason in plain words,
     * with "Try again" (a ward server that was down a moment) and "Ward server…" (choose another, issue #12).
     */
    private void awaitOpening(Stage stage, LaunchSettings config, CompletableFuture<Opened> open) {
        Label status = new Label(config.database() instanceof org.bedsideneuro.persistence.DatabaseLocation.PostgresServer server
                ? "Connecting to the ward server " + server.describe() + "…" : "Opening the ward database…");
        status.getStyleClass().add("startup-message");
        status.setId("startupStatus");
        status.setWrapText(true);
        javafx.scene.control.Button retry = new javafx.scene.control.Button("Try again");
        retry.setId("retryOpen");
        javafx.scene.control.Button choose = new javafx.scene.control.Button("Ward server…");
        choose.setId("chooseServer");
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, retry);
        if (config.computer() != null) {
            actions.getChildren().add(choose);
        }
        actions.setVisible(false);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(12, status, actions);
        box.setMaxWidth(720);
        stage.getScene().setRoot(new StackPane(box));
        retry.setOnAction(e -> awaitOpening(stage, config, startOpening(config)));
        choose.setOnAction(e -> chooseServer(stage, config).ifPresent(location -> {
            LaunchSettings other = config.withDatabase(location);
            settings = other;
            awaitOpening(stage, other, startOpening(other));
        }));
        // Opening (started in configure) may migrate the schema, about half a second the first time: not on the FX thread.
        runner.run(open::get,
                opened -> {
                    useDatabase(opened.database(), config);
                    if (opened.clinician() != null) {
                        showMainWindow(stage, config, opened.clinician());
                        notifyShown(stage, config);
                    } else {
                        chooseHowToStart(stage, config);
                    }
                },
                failure -> {
                    status.setText(failure.message());
                    actions.setVisible(true);
                });
    }

    /**
     * The EHR sign-in of one logged-in clinician's window, in memory only: the next person to log in gets a window, and
     * a session, of their own. The hospital's sign-in page opens in the system browser.
     */
    private SmartSession ehrSession(LaunchSettings config) {
        ComputerSettings computer = config.computerSettingsFile() == null ? ComputerSettings.defaults() : ComputerSettings.load(config.computerSettingsFile());
        return new SmartSession(new SmartSignIn(EhrFeature.TIMEOUT, Duration.ofMinutes(5), config.clock()), EhrFeature.TIMEOUT,
                computer.ehrClientId(), uri -> Platform.runLater(() -> getHostServices().showDocument(uri.toString())),
                config.clock());
    }

    /** Settings, Ward server…: the choice is saved for this computer; empty when cancelled. */
    private java.util.Optional<org.bedsideneuro.persistence.DatabaseLocation> chooseServer(Stage stage, LaunchSettings config) {
        LaunchSettings.Computer computer = config.computer();
        org.bedsideneuro.ui.server.WardServerSettingsModel model = new org.bedsideneuro.ui.server.WardServerSettingsModel(
                computer.settingsFile(), computer.localDatabase(), runner,
                new org.bedsideneuro.ui.server.FxPasswordPrompt(TOOLKIT_UP), computer.givenOnCommandLine());
        return new org.bedsideneuro.ui.server.WardServerDialog(model, stage).showAndWait();
    }

    /** The Settings menu of a logged-in window: "Ward server…" (its choice applies from the next start). */
    /** Settings > Ward server… (issue #12 point 1). */
    private javafx.scene.control.MenuItem wardServerItem(Stage stage, LaunchSettings config) {
        javafx.scene.control.MenuItem server = new javafx.scene.control.MenuItem("Ward server\u2026");
        server.setId("wardServerMenuItem");
        server.setOnAction(e -> chooseServer(stage, config));
        return server;
    }

    private org.bedsideneuro.persistence.LocalDrafts localDrafts(LaunchSettings config) {
        return config.computer() == null ? org.bedsideneuro.persistence.LocalDrafts.none()
                : org.bedsideneuro.persistence.LocalDrafts.in(config.computer().localDrafts());
    }

    private void useDatabase(Database db, LaunchSettings config) {
        database = db;
        // A ward server is backed up by IT on the server (pg_dump), not from a laptop; the demo ward is made anew on request.
        if (config.databaseFile() != null && !config.isDemo()) {
            backups = AutomaticBackups.start(db, config.databaseFile(), config.clock(), AutomaticBackups.AFTER_START, AutomaticBackups.EVERY,
                    problem -> {
                        System.getLogger(BedsideNeuroApp.class.getName()).log(System.Logger.Level.WARNING, problem);
                        backupStatus.failed(problem); // on screen too: no one on the ward reads the log
                    });
        }
    }

    /**
     * Accounts exist: log in. The demo ward's database, still empty: fill it, then log in with its demo accounts. A
     * fresh ward on this computer: welcome, with the demo one click away, or set up the first administrator (at once
     * where no demo is offered). Records from before accounts and no account yet: "who is recording?" until IT adds
     * accounts.
     */
    private void chooseHowToStart(Stage stage, LaunchSettings config) {
        long accounts = database.read(s -> s.accounts().count());
        long patients = database.read(s -> s.patients().count());
        stage.setTitle(config.isDemo() ? DEMO_TITLE : "BedsideNeuro");
        if (accounts == 0 && patients == 0 && config.isDemo() && config.demoWardLoader() != null) {
            fillDemoWard(stage, config);
        } else if (accounts > 0) {
            logIn(stage, config);
        } else if (patients == 0 && config.offersDemo()) {
            welcome(stage, config);
        } else if (patients == 0) {
            setUpWard(stage, config);
        } else {
            askWhoIsRecording(stage, config);
        }
    }

    static final String DEMO_TITLE = "BedsideNeuro DEMO";

    private void welcome(Stage stage, LaunchSettings config) {
        org.bedsideneuro.ui.start.WelcomePane pane = new org.bedsideneuro.ui.start.WelcomePane(
                () -> switchTo(stage, config.onDemo()), () -> setUpWard(stage, config));
        stage.getScene().setRoot(new StackPane(pane));
        pane.focusDefault();
    }

    private void setUpWard(Stage stage, LaunchSettings config) {
        logIn(stage, config);
        workstation.showFirstAdministrator();
    }

    /** The demo ward's database on first use: the demo ward, made in the background, then its login. */
    private void fillDemoWard(Stage stage, LaunchSettings config) {
        Label status = new Label("Making the demo ward (invented patients)\u2026");
        status.setId("startupStatus");
        status.getStyleClass().add("startup-message");
        stage.getScene().setRoot(new StackPane(status));
        Database db = database;
        runner.run(() -> {
                    Clinician installer = db.write(s -> s.clinicians().findOrCreate("BedsideNeuro demo (fictional)",
                            org.bedsideneuro.domain.clinician.Role.OTHER));
                    config.demoWardLoader().load(db, installer);
                    return Boolean.TRUE;
                },
                done -> logIn(stage, config),
                failure -> status.setText("The demo ward could not be made: " + failure.message()));
    }

    /**
     * Moves this window to another database (the ward's, or the demo ward's): everything using the current one lets go,
     * then the other opens as if the app had just started on it.
     */
    private void switchTo(Stage stage, LaunchSettings other) {
        closeDatabase();
        settings = other;
        // A new scene: the one before carries the previous window's or login's keys and filters.
        Scene scene = new Scene(new StackPane(), MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
        awaitOpening(stage, other, startOpening(other));
    }

    /** Demo, Reset the demo ward, once confirmed: nothing happens outside the demo. FX thread. */
    public void resetDemoWard() {
        if (settings != null && settings.isDemo()) {
            resetDemo(stage, settings);
        }
    }

    /** The demo ward's database, made afresh: the file is removed while nothing holds it, then opened as new. */
    private void resetDemo(Stage stage, LaunchSettings config) {
        closeDatabase();
        try {
            org.bedsideneuro.persistence.DatabaseFiles.delete(config.databaseFile());
        } catch (java.io.IOException e) {
            System.getLogger(BedsideNeuroApp.class.getName()).log(System.Logger.Level.WARNING, "demo ward not reset", e);
        }
        switchTo(stage, config);
    }

    private org.bedsideneuro.ui.start.DemoSwitches demoSwitches(Stage stage, LaunchSettings config) {
        return new org.bedsideneuro.ui.start.DemoSwitches() {
            @Override public void exploreDemo() { switchTo(stage, config.onDemo()); }
            @Override public void leaveDemo() { switchTo(stage, config.onWard()); }
            @Override public void resetDemo() { BedsideNeuroApp.this.resetDemo(stage, config); }
        };
    }

    /** In the demo, its banner on every screen; the Demo menu wherever this computer has a demo ward to offer. */
    private void markDemo(MainWindow window, Stage stage, LaunchSettings config) {
        if (config.isDemo()) {
            window.addTopBanner(new org.bedsideneuro.ui.start.DemoBanner(() -> switchTo(stage, config.onWard())));
        }
        if (config.isDemo() || config.offersDemo()) {
            window.menus().add(org.bedsideneuro.ui.start.DemoMenu.create(config.isDemo(), demoSwitches(stage, config)));
        }
    }

    /** Log in, lock after idling, switch user (issue #11 point 3). */
    private void logIn(Stage stage, LaunchSettings config) {
        // This computer's lock time (issue #11 point 3), read from settings.properties in the data folder.
        workstation = new org.bedsideneuro.ui.login.Workstation(stage.getScene(), database, config.clock(),
                org.bedsideneuro.ui.login.LockSetting.load(config.computerSettingsFile()), account -> {
                    stage.setTitle((config.isDemo() ? DEMO_TITLE : "BedsideNeuro") + ": " + account.clinician().signature());
                    MainWindow window = new MainWindow(database, account.clinician(), config.clock(), localDrafts(config));
                    markDemo(window, stage, config);
                    BackupFeature.install(window, account, new BackupService(database, config.databaseFile(), config.clock()),
                            restoreHost(stage, config), backupStatus, backupFiles);
                    EhrFeature.install(window, config.computerSettingsFile(), ehrSession(config)::clientFor);
                    return window;
                });
        if (config.computer() != null) {
            workstation.addSettingsItem(() -> wardServerItem(stage, config));
            workstation.addSettingsItem(() -> EhrFeature.settingsItem(config.computerSettingsFile(), runner, () -> stage, ehrClients));
        }
        workstation.addSettingsItem(() -> org.bedsideneuro.ui.common.ThemeSetting.menuItem(config.computerSettingsFile(),
                problem -> {
                    if (workstation.window() != null) { // the menu belongs to a logged-in window: the ward screen says it
                        workstation.window().wardModel().noticeProperty().set(Notice.problem(problem));
                    }
                }));
        workstation.showLogin();
    }

    private void askWhoIsRecording(Stage stage, LaunchSettings config) {
        WhoIsRecordingView login = new WhoIsRecordingView(new WhoIsRecordingViewModel(database, runner), clinician -> {
            showMainWindow(stage, config, clinician);
            notifyShown(stage, config);
        });
        stage.getScene().setRoot(login);
        login.focusName();
    }

    private void showMainWindow(Stage stage, LaunchSettings config, Clinician clinician) {
        mainWindow = new MainWindow(database, clinician, config.clock(), localDrafts(config));
        markDemo(mainWindow, stage, config);
        BackupFeature.install(mainWindow, null, null, restoreHost(stage, config), backupStatus, backupFiles);
        EhrFeature.install(mainWindow, config.computerSettingsFile(), ehrSession(config)::clientFor);
        stage.setScene(mainWindow.createScene());
        stage.setTitle((config.isDemo() ? DEMO_TITLE : "BedsideNeuro") + ": " + clinician.signature());
        mainWindow.focusSearch();
    }

    /**
     * A restore replaces the database file under the running app: everything using it lets go first, then the file is
     * opened again as if the app had just started (login included: the accounts are the backup's now).
     */
    private RestoreHost restoreHost(Stage stage, LaunchSettings config) {
        return new RestoreHost() {
            @Override
            public void release() {
                Label status = new Label("Restoring the ward database from the backup…");
                status.setId("restoring");
                status.getStyleClass().add("startup-message");
                stage.getScene().setRoot(new StackPane(status));
                closeDatabase();
            }

            @Override
            public void reopen(Notice notice) {
                runner.run(() -> Database.open(config.databaseFile(), config.clock()),
                        db -> {
                            useDatabase(db, config);
                            chooseHowToStart(stage, config);
                            if (workstation != null) {
                                workstation.showNote(notice);
                            }
                        },
                        failure -> {
                            Label status = new Label(notice.text() + "\n\n" + failure.message());
                            status.setId("restoring");
                            status.setWrapText(true);
                            stage.getScene().setRoot(new StackPane(status));
                        });
            }
        };
    }

    /** Closes the window, the login screen, the automatic backups and the database (before a restore, and on exit). */
    private void closeDatabase() {
        if (mainWindow != null) {
            mainWindow.close();
            mainWindow = null;
        }
        if (workstation != null) {
            workstation.close();
            workstation = null;
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

    private void notifyShown(Stage stage, LaunchSettings config) {
        if (config.mainWindowShown() != null) {
            config.mainWindowShown().accept(stage, mainWindow);
        }
    }

    @Override
    public void stop() {
        closeDatabase();
        runner.close();
    }
}
