package org.bedsideneuro.ui.login;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.ui.accounts.AccountsView;
import org.bedsideneuro.ui.accounts.AccountsViewModel;
import org.bedsideneuro.ui.mmefactors.MmeFactorsView;
import org.bedsideneuro.ui.mmefactors.MmeFactorsViewModel;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * What surrounds a logged-in person's main window: the menus (Session: lock now; Settings: lock after…;
 * Administration: accounts and access log, and the ward's parenteral MME factors, for administrators only: the window hides what a role cannot do
 * point 2), who is logged in, and the screen in the middle. The administration screen replaces the ward in the same
 * scene, so locking hides it like any patient data.
 */
final class WindowShell {
    private final BorderPane shell;
    private final AppWindow window;

    WindowShell(Account account, AppWindow window, Runnable lockNow, LockSetting lockSetting, IdleLock idle,
                List<Supplier<MenuItem>> moreSettings) {
        this.window = window;
        MenuItem lock = new MenuItem("Lock now");
        lock.setId("lockMenuItem");
        lock.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        lock.setOnAction(e -> lockNow.run());
        Menu session = new Menu("Session");
        session.setId("sessionMenu");
        session.getItems().add(lock);

        MenuItem lockAfter = new MenuItem("Lock after\u2026");
        lockAfter.setId("lockAfterMenuItem");
        lockAfter.setOnAction(e -> new LockSettingDialog(shellWindow(), lockSetting, idle).show());
        Menu settings = new Menu("Settings");
        settings.setId("settingsMenu");
        settings.getItems().add(lockAfter);
        moreSettings.forEach(item -> settings.getItems().add(item.get()));

        MenuBar menus = new MenuBar();
        menus.getMenus().addAll(window.menus()); // the features' own menus, e.g. File for an administrator's backups
        menus.getMenus().addAll(session, settings);
        Menu administration = new Menu("Administration");
        administration.setId("administrationMenu");
        if (Permissions.allows(account, Action.MANAGE_ACCOUNTS)) {
            MenuItem accounts = new MenuItem("Accounts and access log\u2026");
            accounts.setId("accountsMenuItem");
            accounts.setOnAction(e -> showAdministration(account));
            administration.getItems().add(accounts);
        }
        if (Permissions.allows(account, Action.SET_MME_FACTORS)) {
            MenuItem factors = new MenuItem("Parenteral MME factors\u2026");
            factors.setId("mmeFactorsMenuItem");
            factors.setOnAction(e -> showMmeFactors(account));
            administration.getItems().add(factors);
        }
        if (!administration.getItems().isEmpty()) {
            menus.getMenus().add(administration);
        }
        // Who is logged in is said once, at the end of the menu bar's line, on every screen; the ward's own
        // "Recording: …" header would repeat it.
        Label who = new Label("Logged in: " + account.clinician().signature());
        who.setId("loggedIn");
        who.getStyleClass().add("logged-in");
        window.hideWhoIsRecording();
        HBox.setHgrow(menus, Priority.ALWAYS);
        HBox top = new HBox(menus, who);
        top.getStyleClass().add("shell-top");
        top.setAlignment(Pos.CENTER_LEFT);
        shell = new BorderPane(window.root());
        shell.setTop(top);
    }

    private Window shellWindow() {
        return shell.getScene() == null ? null : shell.getScene().getWindow();
    }

    /** The administrator's screen in place of the ward; "Back to the ward" returns to the window as it was. */
    void showAdministration(Account account) {
        AccountsViewModel model = new AccountsViewModel(window.records(), account.clinician(), window.runner());
        showInPlaceOfWard(new AccountsView(model), "accountsBack");
        model.load();
    }

    /** The ward's parenteral MME factors in place of the ward, as the accounts screen is shown. */
    void showMmeFactors(Account account) {
        MmeFactorsViewModel model = new MmeFactorsViewModel(window.records().mmeFactors(), account.clinician(), window.runner(),
                ZoneId.systemDefault());
        showInPlaceOfWard(new MmeFactorsView(model), "mmeFactorsBack");
        model.load();
    }

    private void showInPlaceOfWard(BorderPane screen, String backId) {
        Button back = new Button("\u2190 Back to the ward");
        back.setId(backId);
        back.setOnAction(e -> shell.setCenter(window.root()));
        screen.setTop(new VBox(new HBox(back), screen.getTop()));
        shell.setCenter(screen);
    }

    Parent root() {
        return shell;
    }
}
