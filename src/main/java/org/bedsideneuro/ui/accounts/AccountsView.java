package org.bedsideneuro.ui.accounts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.ui.common.NoticeArea;

/** The administrator's screen: an Accounts tab and an Access log tab. Binds to {@link AccountsViewModel} only. */
public final class AccountsView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AccountsViewModel model;
    private final TableView<Account> accounts = new TableView<>();

    public AccountsView(AccountsViewModel model) {
        this.model = model;
        setId("accountsScreen");
        getStyleClass().add("screen");
        Label title = new Label("Accounts and access log");
        title.getStyleClass().add("findings-title");
        setTop(new VBox(title, new NoticeArea(model.noticeProperty())));
        Tab accountsTab = new Tab("Accounts", accountsPane());
        accountsTab.setId("accountsTab");
        Tab logTab = new Tab("Access log", accessLogPane());
        logTab.setId("accessLogTab");
        TabPane tabs = new TabPane(accountsTab, logTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        setCenter(tabs);
    }

    private VBox accountsPane() {
        accounts.setId("accountsTable");
        accounts.getColumns().add(column("Login", a -> a.login().value(), 120));
        accounts.getColumns().add(column("Name on records", a -> a.clinician().displayName(), 200));
        accounts.getColumns().add(column("Roles", Account::rolesText, 190));
        accounts.getColumns().add(column("Status", a -> (a.disabled() ? "disabled" : "enabled")
                + (a.mustChangePassword() ? ", must change password" : ""), 220));
        accounts.setItems(model.accounts());
        VBox.setVgrow(accounts, Priority.ALWAYS);

        Button disable = new Button("Disable");
        disable.setId("accountDisable");
        disable.setOnAction(e -> selected(a -> model.setDisabled(a, true)));
        Button enable = new Button("Enable");
        enable.setId("accountEnable");
        enable.setOnAction(e -> selected(a -> model.setDisabled(a, false)));
        PasswordField temporary = new PasswordField();
        temporary.setId("accountResetPassword");
        temporary.setPromptText("Temporary password");
        Button reset = new Button("Reset password");
        reset.setId("accountReset");
        reset.setOnAction(e -> selected(a -> {
            char[] typed = temporary.getText().toCharArray();
            temporary.clear();
            model.resetPassword(a, typed);
        }));
        ChoiceBox<RoleChoice> newRoles = new ChoiceBox<>();
        newRoles.setId("accountRoles");
        newRoles.getItems().setAll(RoleChoice.values());
        accounts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                newRoles.setValue(now == null ? null : RoleChoice.of(now.roles())));
        Button setRoles = new Button("Set role");
        setRoles.setId("accountSetRoles");
        setRoles.setOnAction(e -> selected(a -> model.setRoles(a, newRoles.getValue())));
        for (Button b : new Button[] {disable, enable, reset, setRoles}) {
            b.disableProperty().bind(accounts.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox selectedActions = new HBox(8, disable, enable, temporary, reset, newRoles, setRoles);
        selectedActions.getStyleClass().add("toolbar-row");

        TextField name = new TextField();
        name.setId("newAccountName");
        name.setPromptText("Name as printed on records");
        TextField login = new TextField();
        login.setId("newAccountLogin");
        login.setPromptText("Login name");
        ChoiceBox<RoleChoice> roles = new ChoiceBox<>();
        roles.setId("newAccountRoles");
        roles.getItems().setAll(RoleChoice.values());
        PasswordField password = new PasswordField();
        password.setId("newAccountPassword");
        password.setPromptText("First password");
        PasswordField again = new PasswordField();
        again.setId("newAccountPasswordAgain");
        again.setPromptText("Again");
        Button add = new Button("Add account");
        add.setId("newAccountAdd");
        add.setOnAction(e -> {
            char[] p = password.getText().toCharArray();
            char[] a = again.getText().toCharArray();
            password.clear();
            again.clear();
            model.add(name.getText(), login.getText(), roles.getValue(), p, a);
        });
        HBox addRow = new HBox(8, name, login, roles, password, again, add);
        addRow.getStyleClass().add("toolbar-row");
        Label note = new Label("Accounts are disabled, never deleted: their records keep pointing to them. A new or reset password must be"
                + " changed by its owner at the next login.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        return new VBox(8, accounts, selectedActions, addRow, note);
    }

    private VBox accessLogPane() {
        TextField patient = new TextField();
        patient.setId("accessLogPatient");
        patient.setPromptText("Patient MRN (empty: all)");
        patient.textProperty().bindBidirectional(model.patientFilterProperty());
        TextField user = new TextField();
        user.setId("accessLogUser");
        user.setPromptText("Login name (empty: all)");
        user.textProperty().bindBidirectional(model.userFilterProperty());
        Button show = new Button("Show");
        show.setId("accessLogShow");
        show.setDefaultButton(false);
        show.setOnAction(e -> model.showAccessLog());
        HBox filters = new HBox(8, patient, user, show);
        filters.getStyleClass().add("toolbar-row");
        TableView<AccessEntry> table = new TableView<>(model.accessLog());
        table.setId("accessLogTable");
        table.setPlaceholder(new Label("No entries for these filters."));
        table.getColumns().add(entryColumn("When", e -> WHEN.format(e.at().atZone(ZoneId.systemDefault())), 150));
        table.getColumns().add(entryColumn("Login", AccessEntry::login, 110));
        table.getColumns().add(entryColumn("Name", e -> e.clinicianName() == null ? "" : e.clinicianName(), 170));
        table.getColumns().add(entryColumn("What", e -> e.action().code(), 110));
        table.getColumns().add(entryColumn("Patient", e -> e.patientId() == null ? "" : e.patientId(), 100));
        table.getColumns().add(entryColumn("Detail", AccessEntry::detail, 300));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, filters, table);
    }

    private void selected(Consumer<Account> action) {
        Account a = accounts.getSelectionModel().getSelectedItem();
        if (a != null) {
            action.accept(a);
        }
    }

    private static TableColumn<Account, String> column(String title, Function<Account, String> value, double width) {
        TableColumn<Account, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<AccessEntry, String> entryColumn(String title, Function<AccessEntry, String> value, double width) {
        TableColumn<AccessEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
