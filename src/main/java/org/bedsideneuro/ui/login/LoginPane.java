package org.bedsideneuro.ui.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bedsideneuro.ui.common.Notice;

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

    /** On the demo ward: its mark above the form, and the demo accounts with their passwords below it. */
    public void showDemoAccounts(String accounts) {
        Label mark = new Label("DEMO WARD: invented patients, for trying BedsideNeuro");
        mark.setId("demoLoginMark");
        mark.setWrapText(true);
        mark.getStyleClass().add("demo-banner");
        Label note = new Label(accounts);
        note.setId("demoAccounts");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(0, mark);
        getChildren().add(note);
    }

    /** A note for whoever logs in next ("Restored the backup taken on …"), styled as the screens' notices. */
    static HBox note(Notice notice) {
        Label note = new Label(notice.text());
        note.setId("loginNote");
        note.setWrapText(true);
        note.getStyleClass().add("notice-text");
        HBox area = new HBox(note);
        area.getStyleClass().addAll("notice-area", notice.kind() == Notice.Kind.PROBLEM ? "notice-problem" : "notice-info");
        return area;
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
