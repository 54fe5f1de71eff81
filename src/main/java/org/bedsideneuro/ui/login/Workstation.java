package org.bedsideneuro.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.demo.DemoAccounts;
import org.bedsideneuro.service.LoginService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.AccessRecording;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Failure;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * Who is at the keyboard: the login screen, the main window of whoever logged in, and the lock
 * screen that replaces it after {@link IdleLock}'s idle period, on Ctrl+L or from the Session menu. While locked no
 * patient data is in the scene at all. The person named unlocks with their password and finds the window as they
 * left it; anyone else logs in from the lock screen and gets a new window of their own (the previous one is closed:
 * drafts are stored per author, so typing in progress comes back to its author only).
 */
public final class Workstation implements AutoCloseable {
    private final Scene scene;
    private final WardRecords records;
    private final LoginService logins;
    private final IdleLock idle;
    private final LockSetting lockSetting;
    private final Function<Account, AppWindow> windows;
    private final BackgroundRunner runner = new BackgroundRunner();
    /** The lock screen says it when the access log could not record the lock. */
    private final AccessRecording accessRecording = new AccessRecording(runner, this::showNote);
    private final Timeline ticker;
    private AppWindow window;
    private Account current;

    /** Items the launcher adds to the Settings menu (the ward server), made afresh for each showing. */
    private final List<Supplier<MenuItem>> settingsItems = new ArrayList<>();

    public Workstation(Scene scene, WardRecords records, Clock clock, Duration idleTimeout, Function<Account, AppWindow> windows) {
        this(scene, records, clock, LockSetting.unsaved(idleTimeout), windows);
    }

    /** {@code lockSetting}: the idle period of this computer, changed from Settings → Lock after… */
    public Workstation(Scene scene, WardRecords records, Clock clock, LockSetting lockSetting, Function<Account, AppWindow> windows) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.records = records;
        this.logins = records.logins();
        this.lockSetting = Objects.requireNonNull(lockSetting, "lock setting");
        this.idle = new IdleLock(clock, lockSetting.timeout());
        this.windows = windows;
        scene.addEventFilter(KeyEvent.ANY, this::activity);
        scene.addEventFilter(MouseEvent.ANY, this::activity);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        idle.lockedProperty().addListener((obs, was, locked) -> {
            if (locked && current != null) {
                showLockScreen();
            }
        });
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(5), e -> idle.check()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    private void activity(Event e) {
        idle.noteActivity();
    }

    /** The login screen (first start of a database with accounts). */
    public void showLogin() {
        LoginPane pane = new LoginPane("Log in to BedsideNeuro");
        pane.button().setOnAction(e -> attemptLogin(pane));
        runner.run(() -> records.read(s -> s.accounts().find(new LoginName(DemoAccounts.ALL.get(0).login())).isPresent()),
                demo -> {
                    if (demo) {
                        pane.showDemoAccounts(DemoAccounts.onScreen());
                    }
                }, Failure.logged("Checking for the demo ward's accounts"));
        scene.setRoot(centred(pane));
        pane.loginField().requestFocus();
    }

    /**
     * A note for whoever logs in next, on the login screen (e.g. "Restored the backup taken on ..."); a problem is
     * shown as one. Replaced by the next screen.
     */
    public void showNote(Notice notice) {
        if (notice == null || !(scene.getRoot() instanceof StackPane pane) || pane.getChildren().isEmpty()
                || !(pane.getChildren().get(0) instanceof VBox box)) {
            return;
        }
        box.getChildren().add(0, LoginPane.note(notice));
    }

    /** An empty database: the first administrator, then their window. */
    public void showFirstAdministrator() {
        FirstAdministratorViewModel model = new FirstAdministratorViewModel(records.accounts(), runner, this::switchTo);
        FirstAdministratorPane pane = new FirstAdministratorPane();
        pane.message().textProperty().bind(model.messageProperty());
        pane.button().setOnAction(e -> model.create(pane.nameField().getText(), pane.loginField().getText(), pane.chosenRoles(),
                pane.takePassword()));
        scene.setRoot(centred(pane));
        pane.nameField().requestFocus();
    }

    private void attemptLogin(LoginPane pane) {
        LoginViewModel model = new LoginViewModel(logins, runner, this::switchTo, this::showChangePassword);
        pane.message().textProperty().bind(model.messageProperty());
        pane.button().disableProperty().bind(model.checkingProperty());
        model.logIn(pane.loginField().getText(), pane.takePassword());
    }

    private void switchTo(Account account) {
        if (window != null && current != null && current.login().equals(account.login())) {
            showWindow(); // the same person: their window as they left it
            return;
        }
        if (window != null) {
            window.close();
        }
        current = account;
        window = windows.apply(account);
        showWindow();
    }

    public void addSettingsItem(Supplier<MenuItem> item) {
        settingsItems.add(item);
    }

    private void showWindow() {
        scene.setRoot(new WindowShell(current, window, this::lock, lockSetting, idle, settingsItems).root());
        idle.unlocked();
        ticker.play();
        window.focusSearch();
    }

    /** Locks at once; logged in the access log. */
    public void lock() {
        if (current != null && !idle.lockedProperty().get()) {
            idle.lock();
        }
    }

    private void showLockScreen() {
        Account who = current;
        record(who, AccessAction.LOCK);
        LockPane pane = new LockPane(new LockViewModel(who, logins, runner, this::switchTo), () -> {
            LoginPane login = new LoginPane("Log in as someone else");
            login.button().setOnAction(x -> attemptLogin(login));
            return login;
        });
        scene.setRoot(centred(pane));
        pane.focusPassword();
    }

    /** After an administrator's reset: a new password before anything else (21 CFR 11.300(b)). */
    private void showChangePassword(Account account) {
        ChangePasswordPane pane = new ChangePasswordPane(new ChangePasswordViewModel(account, records.accounts(), runner, this::switchTo));
        scene.setRoot(centred(pane));
        pane.focusCurrent();
    }

    private void record(Account who, AccessAction action) {
        accessRecording.record(() -> {
            records.accessLog().record(who.clinician(), action, null, "");
            return null;
        }, "that the window was locked");
    }

    private static Parent centred(Node content) {
        StackPane pane = new StackPane(content);
        pane.getStyleClass().add("login-screen");
        return pane;
    }

    public IdleLock idle() { return idle; }
    public LockSetting lockSetting() { return lockSetting; }
    public AppWindow window() { return window; }
    public Account current() { return current; }
    /** For tests: background work still pending. */
    public BackgroundRunner runner() { return runner; }

    @Override
    public void close() {
        ticker.stop();
        if (window != null) {
            window.close();
        }
        runner.close();
    }
}
