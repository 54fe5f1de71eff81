package org.bedsideneuro.ui.login;

import java.util.EnumSet;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.account.AccountRole;

/** The first start of an empty database: the first administrator's account. */
public final class FirstAdministratorPane extends VBox {
    private static final String ADMIN_ONLY = "Administrator only";
    private static final String WITH_NEUROLOGIST = "Administrator and neurologist";
    private static final String WITH_NURSE = "Administrator and nurse";

    private final TextField name = new TextField();
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final ChoiceBox<String> roles = new ChoiceBox<>();
    private final Button create = new Button("Create the administrator");
    private final Label message = new Label();

    public FirstAdministratorPane() {
        Label title = new Label("A new ward database: create the first administrator");
        title.getStyleClass().add("login-title");
        title.setWrapText(true); // the whole heading, never cut to "administra…"
        title.setMaxWidth(Double.MAX_VALUE);
        name.setId("adminName");
        name.setPromptText("Name as printed on records");
        login.setId("adminLogin");
        login.setPromptText("Login name");
        password.setId("adminPassword");
        password.setPromptText("Password (at least 8 characters)");
        again.setId("adminPasswordAgain");
        again.setPromptText("Password again");
        roles.setId("adminRoles");
        roles.getItems().addAll(ADMIN_ONLY, WITH_NEUROLOGIST, WITH_NURSE);
        roles.setValue(ADMIN_ONLY);
        create.setId("createAdministrator");
        create.setDefaultButton(true);
        message.setId("adminMessage");
        message.setWrapText(true);
        setSpacing(8);
        setPadding(new Insets(16));
        setMaxWidth(420);
        // Labels above the fields: a focused field hides its prompt text, and the first field has focus.
        getChildren().addAll(title, labelFor("Name as printed on records and printouts", name), name,
                labelFor("Login name", login), login, labelFor("Password (at least 8 characters), twice", password), password, again,
                labelFor("Role", roles), roles, create, message);
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    public Set<AccountRole> chosenRoles() {
        Set<AccountRole> chosen = EnumSet.of(AccountRole.ADMINISTRATOR);
        if (WITH_NEUROLOGIST.equals(roles.getValue())) {
            chosen.add(AccountRole.NEUROLOGIST);
        } else if (WITH_NURSE.equals(roles.getValue())) {
            chosen.add(AccountRole.NURSE);
        }
        return chosen;
    }

    /** The password as a char[] when both fields agree (the caller wipes it), else null; the fields are emptied. */
    public char[] takePassword() {
        boolean same = password.getText().equals(again.getText());
        char[] typed = same ? password.getText().toCharArray() : null;
        password.clear();
        again.clear();
        return typed;
    }

    public TextField nameField() { return name; }
    public TextField loginField() { return login; }
    public Button button() { return create; }
    public Label message() { return message; }
}
