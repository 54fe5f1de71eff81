package org.bedsideneuro.ui.login;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The lock screen's card: who was logged in, their password, Unlock, and "Log in as someone else". */
public final class LockPane extends VBox {
    private final Label title;
    private final PasswordField password = new PasswordField();

    /** {@code someoneElse}: the login form shown in this card in place of the password, when asked for. */
    public LockPane(LockViewModel model, Supplier<LoginPane> someoneElse) {
        title = new Label(model.title());
        title.setId("lockedBy");
        title.getStyleClass().add("login-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // the whole heading on two lines, never cut to "Dr …"
        password.setId("unlockPassword");
        password.setPromptText(model.passwordPrompt());
        Button unlock = new Button("Unlock");
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("lockMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-error");
        message.textProperty().bind(model.messageProperty());
        Button other = new Button("Log in as someone else");
        other.setId("switchUser");
        getStyleClass().add("login-panel");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, new Label("Password"), password, unlock, message, other);
        unlock.setOnAction(e -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.unlock(typed);
        });
        other.setOnAction(e -> {
            LoginPane pane = someoneElse.get();
            getChildren().setAll(title, pane);
            pane.loginField().requestFocus();
        });
    }

    public void focusPassword() {
        password.requestFocus();
    }
}
