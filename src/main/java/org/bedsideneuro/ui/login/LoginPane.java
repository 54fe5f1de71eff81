package org.bedsideneuro.ui.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The login form: login name and password. Also the "someone else" half of the lock screen. The password leaves the
 * field as a char[] and the field is cleared at once; JavaFX keeps the typed text as a String inside the field while
 * it is typed, which is out of our hands.
 */
public final class LoginPane extends VBox {
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button button = new Button("Log in");
    private final Label message = new Label();

    public LoginPane(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("login-title");
        login.setId("loginName");
        login.setPromptText("Login name");
        password.setId("loginPassword");
        password.setPromptText("Password");
        button.setId("loginButton");
        button.setDefaultButton(true);
        message.setId("loginMessage");
        message.setWrapText(true);
        setSpacing(8);
        setPadding(new Insets(16));
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(360);
        getChildren().addAll(heading, new Label("Login name"), login, new Label("Password"), password, button, message);
    }

    /** The typed password as a char[] (the caller wipes it); the field is emptied. */
    public char[] takePassword() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        return typed;
    }

    public TextField loginField() { return login; }
    public PasswordField passwordField() { return password; }
    public Button button() { return button; }
    public Label message() { return message; }
}
