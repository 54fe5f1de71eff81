package org.bedsideneuro.ui;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;
import org.bedsideneuro.service.BackupService;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.EhrClient;
import org.bedsideneuro.service.SmartSession;
import org.bedsideneuro.service.SmartSignIn;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.backup.AutomaticBackupStatus;
import org.bedsideneuro.ui.backup.BackupFeature;
import org.bedsideneuro.ui.backup.BackupFileChooser;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.common.ThemeSetting;
import org.bedsideneuro.ui.ehr.EhrFeature;
import org.bedsideneuro.ui.login.LockSetting;
import org.bedsideneuro.ui.login.WhoIsRecordingView;
import org.bedsideneuro.ui.login.WhoIsRecordingViewModel;
import org.bedsideneuro.ui.login.Workstation;
import org.bedsideneuro.ui.start.DemoBanner;
import org.bedsideneuro.ui.start.DemoMenu;
import org.bedsideneuro.ui.start.WelcomePane;

/**
 * The windows of one open database: the login (then the window of whoever logged in, locked after idling), the
 * welcome and the first administrator of a fresh ward, or "who is recording?" and the main window on a database
 * without accounts. Each window gets the demo's banner and menu where they apply, and the backups of its role.
 */
final class ClinicianWindows implements AutoCloseable {
    private final StartUp startUp;
    private final Stage stage;
    private final LaunchSettings config;
    private final Database database;
    private final AutomaticBackupStatus backupStatus;
    private final BackupFileChooser backupFiles;
    private final BackgroundRunner runner = new BackgroundRunner();
    /** For the EHR settings' connection test: the CapabilityStatement, which a server gives without sign-in. */
    private final Function<URI, EhrClient> ehrClients = uri -> new EhrClient(EhrFeature.TIMEOUT, null);
    private final Consumer<URI> browser;
    private MainWindow mainWindow;
    private Workstation workstation;

    ClinicianWindows(StartUp startUp, Stage stage, LaunchSettings config, Database database, AutomaticBackupStatus backupStatus,
                     BackupFileChooser backupFiles, Consumer<URI> browser) {
        this.browser = browser;
        this.startUp = startUp;
        this.stage = stage;
        this.config = config;
        this.database = database;
        this.backupStatus = backupStatus;
        this.backupFiles = backupFiles;
    }

    /** Log in, lock after idling, switch user; the window of whoever logged in. */
    void logIn() {
        workstation = new Workstation(stage.getScene(), WardRecords.of(database), config.clock(), LockSetting.load(config.computerSettingsFile()),
                account -> {
                    stage.setTitle(StartUpViewModel.title(config.isDemo(), account.clinician().signature()));
                    MainWindow window = new MainWindow(database, account.clinician(), config.clock(), localDrafts());
                    markDemo(window);
                    BackupFeature.install(window, account, new BackupService(database, config.databaseFile(), config.clock()),
                            startUp.restoreHost(), backupStatus, backupFiles);
                    EhrFeature.install(window, config.computerSettingsFile(), ehrSession()::clientFor);
                    return window;
                });
        if (config.computer() != null) {
            workstation.addSettingsItem(this::wardServerItem);
            workstation.addSettingsItem(() -> EhrFeature.settingsItem(config.computerSettingsFile(), runner, () -> stage, ehrClients));
        }
        workstation.addSettingsItem(() -> ThemeSetting.menuItem(config.computerSettingsFile(), problem -> {
            if (workstation.window() != null) { // the menu belongs to a logged-in window: the ward screen says it
                workstation.window().wardModel().noticeProperty().set(Notice.problem(problem));
            }
        }));
        workstation.showLogin();
    }

    /** A fresh ward on this computer: welcome, with the demo one click away, or set up the first administrator. */
    void welcome() {
        WelcomePane pane = new WelcomePane(startUp::exploreDemo, this::setUpWard);
        stage.getScene().setRoot(new StackPane(pane));
        pane.focusDefault();
    }

    void setUpWard() {
        logIn();
        workstation.showFirstAdministrator();
    }

    /** Records from before accounts and no account yet: "who is recording?" until IT adds accounts. */
    void askWhoIsRecording() {
        WhoIsRecordingView login = new WhoIsRecordingView(new WhoIsRecordingViewModel(WardRecords.of(database), runner), clinician -> {
            showMainWindow(clinician);
            notifyShown();
        });
        stage.getScene().setRoot(login);
        login.focusName();
    }

    void showMainWindow(Clinician clinician) {
        mainWindow = new MainWindow(database, clinician, config.clock(), localDrafts());
        markDemo(mainWindow);
        BackupFeature.install(mainWindow, null, null, startUp.restoreHost(), backupStatus, backupFiles);
        EhrFeature.install(mainWindow, config.computerSettingsFile(), ehrSession()::clientFor);
        stage.setScene(mainWindow.createScene());
        stage.setTitle(StartUpViewModel.title(config.isDemo(), clinician.signature()));
        mainWindow.focusSearch();
    }

    /** A note on the login screen for whoever logs in next ("Restored the backup taken on …"). */
    void showNote(Notice notice) {
        if (workstation != null) {
            workstation.showNote(notice);
        }
    }

    void notifyShown() {
        if (config.mainWindowShown() != null) {
            config.mainWindowShown().accept(stage, mainWindow);
        }
    }

    /** In the demo, its banner on every screen; the Demo menu wherever this computer has a demo ward to offer. */
    private void markDemo(MainWindow window) {
        if (config.isDemo()) {
            window.addTopBanner(new DemoBanner(startUp::leaveDemo));
        }
        if (config.isDemo() || config.offersDemo()) {
            window.menus().add(DemoMenu.create(config.isDemo(), startUp));
        }
    }

    /**
     * The EHR sign-in of one logged-in clinician's window, in memory only: the next person to log in gets a window, and
     * a session, of their own. The hospital's sign-in page opens in the system browser.
     */
    private SmartSession ehrSession() {
        ComputerSettings computer = config.computerSettingsFile() == null ? ComputerSettings.defaults()
                : ComputerSettings.load(config.computerSettingsFile());
        return new SmartSession(new SmartSignIn(EhrFeature.TIMEOUT, Duration.ofMinutes(5), config.clock()), EhrFeature.TIMEOUT,
                computer.ehrClientId(), browser, config.clock());
    }

    /** Settings > Ward server… */
    private MenuItem wardServerItem() {
        MenuItem server = new MenuItem("Ward server\u2026");
        server.setId("wardServerMenuItem");
        server.setOnAction(e -> startUp.chooseServer());
        return server;
    }

    private LocalDrafts localDrafts() {
        return config.computer() == null ? LocalDrafts.none() : LocalDrafts.in(config.computer().localDrafts());
    }

    @Override
    public void close() {
        if (mainWindow != null) {
            mainWindow.close();
            mainWindow = null;
        }
        if (workstation != null) {
            workstation.close();
            workstation = null;
        }
        runner.close();
    }
}
