package org.bedsideneuro.ui.login;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The card asking for a new password after a reset: the current one, the new one twice. */
public final class ChangePasswordPane extends VBox {
    private final PasswordField current = new PasswordField();

    public ChangePasswordPane(ChangePasswordViewModel model) {
        Label title = new Label(model.title());
        title.getStyleClass().add("login-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // the whole heading on two lines, never cut to "Dr …"
        current.setId("currentPassword");
        current.setPromptText("Current (temporary) password");
        PasswordField fresh = new PasswordField();
        fresh.setId("newPassword");
        fresh.setPromptText("New password (at least 8 characters)");
        PasswordField again = new PasswordField();
        again.setId("repeatPassword");
        again.setPromptText("New password again");
        Button change = new Button("Change password");
        change.setId("changePassword");
        change.setDefaultButton(true);
        change.disableProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("changeMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-error");
        message.textProperty().bind(model.messageProperty());
        getStyleClass().add("login-panel");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, new Label("Current (temporary) password"), current, new Label("New password"), fresh,
                new Label("New password again"), again, change, message);
        change.setOnAction(e -> {
            char[] o = current.getText().toCharArray();
            char[] n = fresh.getText().toCharArray();
            char[] a = again.getText().toCharArray();
            current.clear();
            fresh.clear();
            again.clear();
            model.change(o, n, a);
        });
    }

    public void focusCurrent() {
        current.requestFocus();
    }
}
