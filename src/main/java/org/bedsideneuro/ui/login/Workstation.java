package org.bedsideneuro.ui.login;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.LoginOutcome;
import org.bedsideneuro.service.LoginService;
import org.bedsideneuro.ui.shell.AppWindow;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * Who is at the keyboard (issue #11 point 3): the login screen, the main window of whoever logged in, and the lock
 * screen that replaces it after {@link IdleLock}'s idle period, on Ctrl+L or from the Session menu. While locked no
 * patient data is in the scene at all. The person named unlocks with their password and finds the window as they
 * left it; anyone else logs in from the lock screen and gets a new window of their own (the previous one is closed:
 * drafts are stored per author, so typing in progress comes back to its author only).
 */
public final class Workstation implements AutoCloseable {
    private final Scene scene;
    private final Database database;
    private final LoginService logins;
    private final IdleLock idle;
    private final LockSetting lockSetting;
    private final Function<Account, AppWindow> windows;
    private final BackgroundRunner runner = new BackgroundRunner();
    /** The lock screen says it when the access log could not record the lock. */
    private final org.bedsideneuro.ui.common.AccessRecording accessRecording = new org.bedsideneuro.ui.common.AccessRecording(runner, this::showNote);
    private final Timeline ticker;
    private AppWindow window;
    private Account current;

    public Workstation(Scene scene, Database database, Clock clock, java.time.Duration idleTimeout, Function<Account, AppWindow> windows) {
        this(scene, database, clock, LockSetting.unsaved(idleTimeout), windows);
    }

    /** {@code lockSetting}: the idle period of this computer, changed from Settings → Lock after… */
    public Workstation(Scene scene, Database database, Clock clock, LockSetting lockSetting, Function<Account, AppWindow> windows) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.database = database;
        this.logins = new LoginService(database);
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
        ticker = new Timeline(new KeyFrame(Duration.seconds(5), e -> idle.check()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    private void activity(Event e) {
        idle.noteActivity();
    }

    /** The login screen (first start of a database with accounts). */
    public void showLogin() {
        LoginPane pane = new LoginPane("Log in to BedsideNeuro");
        pane.button().setOnAction(e -> attemptLogin(pane));
        runner.run(() -> database.read(s -> s.accounts().find(new org.bedsideneuro.domain.account.LoginName(
                        org.bedsideneuro.domain.demo.DemoAccounts.ALL.get(0).login())).isPresent()),
                demo -> {
                    if (demo) {
                        Label mark = new Label("DEMO WARD: invented patients, for trying BedsideNeuro");
                        mark.setId("demoLoginMark");
                        mark.setWrapText(true);
                        mark.getStyleClass().add("demo-banner");
                        Label note = new Label(org.bedsideneuro.domain.demo.DemoAccounts.onScreen());
                        note.setId("demoAccounts");
                        note.setWrapText(true);
                        note.setMinHeight(Region.USE_PREF_SIZE);
                        pane.getChildren().add(0, mark);
                        pane.getChildren().add(note);
                    }
                }, org.bedsideneuro.ui.common.Failure.logged("Checking for the demo ward's accounts"));
        scene.setRoot(centred(pane));
        pane.loginField().requestFocus();
    }

    /**
     * A note for whoever logs in next, on the login screen (e.g. "Restored the backup taken on ..."); a problem is
     * shown as one. Replaced by the next screen.
     */
    public void showNote(org.bedsideneuro.ui.common.Notice notice) {
        if (notice == null || !(scene.getRoot() instanceof StackPane pane) || pane.getChildren().isEmpty()
                || !(pane.getChildren().get(0) instanceof VBox box)) {
            return;
        }
        Label note = new Label(notice.text());
        note.setId("loginNote");
        note.setWrapText(true);
        note.getStyleClass().add("notice-text");
        javafx.scene.layout.HBox area = new javafx.scene.layout.HBox(note); // styled as the screens' notices (theme.css)
        area.getStyleClass().addAll("notice-area", notice.kind() == org.bedsideneuro.ui.common.Notice.Kind.PROBLEM ? "notice-problem" : "notice-info");
        box.getChildren().add(0, area);
    }

    /** An empty database: the first administrator, then their window. */
    public void showFirstAdministrator() {
        FirstAdministratorPane pane = new FirstAdministratorPane();
        pane.button().setOnAction(e -> {
            char[] password = pane.takePassword();
            if (password == null) {
                pane.message().setText("The two passwords are not the same.");
                return;
            }
            String name = pane.nameField().getText();
            String login = pane.loginField().getText();
            var roles = pane.chosenRoles();
            runner.run(() -> {
                try {
                    return database.write(s -> s.accounts().createFirstAdministrator(name,
                            new org.bedsideneuro.domain.account.LoginName(login), roles, password));
                } finally {
                    PasswordHasher.wipe(password);
                }
            }, this::switchTo, failure -> pane.message().setText(failure.message()));
        });
        scene.setRoot(centred(pane));
        pane.nameField().requestFocus();
    }

    private void attemptLogin(LoginPane pane) {
        String name = pane.loginField().getText();
        char[] password = pane.takePassword();
        pane.button().setDisable(true);
        runner.run(() -> {
            try {
                return logins.login(name, password);
            } finally {
                PasswordHasher.wipe(password);
            }
        }, outcome -> {
            pane.button().setDisable(false);
            if (outcome instanceof LoginOutcome.LoggedIn in && in.mustChangePassword()) {
                showChangePassword(in.account());
            } else if (outcome instanceof LoginOutcome.LoggedIn in) {
                switchTo(in.account());
            } else {
                pane.message().setText(message(outcome));
            }
        }, failure -> {
            pane.button().setDisable(false);
            pane.message().setText(failure.message());
        });
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

    /** Items the launcher adds to the Settings menu (the ward server, issue #12), made afresh for each showing. */
    private final java.util.List<java.util.function.Supplier<javafx.scene.control.MenuItem>> settingsItems = new java.util.ArrayList<>();

    public void addSettingsItem(java.util.function.Supplier<javafx.scene.control.MenuItem> item) {
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
        Label title = new Label("Locked. " + who.clinician().signature() + " was logged in.");
        title.setId("lockedBy");
        title.getStyleClass().add("login-title");
        PasswordField password = new PasswordField();
        password.setId("unlockPassword");
        password.setPromptText("Password of " + who.login());
        Button unlock = new Button("Unlock");
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        Label message = new Label();
        message.setId("lockMessage");
        Button someoneElse = new Button("Log in as someone else");
        someoneElse.setId("switchUser");
        VBox box = new VBox(8, title, password, unlock, message, someoneElse);
        box.setMaxWidth(420);
        unlock.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            runner.run(() -> {
                try {
                    return logins.unlock(who, typed);
                } finally {
                    PasswordHasher.wipe(typed);
                }
            }, outcome -> {
                if (outcome instanceof LoginOutcome.LoggedIn in) {
                    switchTo(in.account());
                } else {
                    message.setText(message(outcome));
                }
            }, failure -> message.setText(failure.message()));
        });
        someoneElse.setOnAction(e -> {
            LoginPane pane = new LoginPane("Log in as someone else");
            pane.button().setOnAction(x -> attemptLogin(pane));
            box.getChildren().setAll(title, pane);
            pane.loginField().requestFocus();
        });
        scene.setRoot(centred(box));
        password.requestFocus();
    }

    /** After an administrator's reset: a new password before anything else (21 CFR 11.300(b)). */
    private void showChangePassword(Account account) {
        Label title = new Label("Choose a new password, " + account.clinician().displayName() + ".");
        title.getStyleClass().add("login-title");
        PasswordField old = new PasswordField();
        old.setId("currentPassword");
        old.setPromptText("Current (temporary) password");
        PasswordField fresh = new PasswordField();
        fresh.setId("newPassword");
        fresh.setPromptText("New password (at least 8 characters)");
        PasswordField again = new PasswordField();
        again.setId("repeatPassword");
        again.setPromptText("New password again");
        Button change = new Button("Change password");
        change.setId("changePassword");
        change.setDefaultButton(true);
        Label message = new Label();
        message.setId("changeMessage");
        change.setOnAction(e -> {
            char[] o = old.getText().toCharArray();
            char[] n = fresh.getText().toCharArray();
            boolean same = fresh.getText().equals(again.getText());
            old.clear();
            fresh.clear();
            again.clear();
            if (!same) {
                PasswordHasher.wipe(o);
                PasswordHasher.wipe(n);
                message.setText("The two new passwords are not the same.");
                return;
            }
            runner.run(() -> {
                try {
                    database.write(s -> {
                        s.accounts().changePassword(account.login(), o, n);
                        return null;
                    });
                    return new Account(account.clinician(), account.login(), account.administrator(), account.disabled(), false);
                } finally {
                    PasswordHasher.wipe(o);
                    PasswordHasher.wipe(n);
                }
            }, this::switchTo, failure -> message.setText(failure.message()));
        });
        VBox box = new VBox(8, title, old, fresh, again, change, message);
        box.setMaxWidth(420);
        scene.setRoot(centred(box));
        old.requestFocus();
    }

    private void record(Account who, AccessAction action) {
        accessRecording.record(() -> database.write(s -> {
            s.accessLog().record(who.clinician(), action, null, "");
            return null;
        }), "that the window was locked");
    }

    private static String message(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Refused r) {
            return r.message();
        }
        if (outcome instanceof LoginOutcome.Wait w) {
            return w.message();
        }
        return "";
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
