package org.bedsideneuro.ui.exam;

import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.ui.common.Theme;

/**
 * Asks the neurologist for their password again before signing (21 CFR 11.200(a)(1)(i): every
 * signing after the first in a session uses at least the password) and says what the signature will mean (11.50).
 * Shown without blocking; the password goes to {@code onPassword} as a char[] that the receiver wipes. The field is
 * cleared at once: JavaFX keeps its text as a String, which cannot be wiped, so it lives no longer than needed.
 */
final class SignDialog extends Dialog<char[]> {
    private static final ButtonType SIGN = new ButtonType("Sign", ButtonBar.ButtonData.OK_DONE);

    private SignDialog(Window owner, String what, String signer) {
        initOwner(owner);
        setTitle("Sign the exam");
        setHeaderText(what);
        getDialogPane().setId("signDialog");
        Theme.apply(getDialogPane());
        Label meaning = new Label("You sign as " + signer + ". Meaning: author (you examined the patient and recorded these findings).");
        meaning.setWrapText(true);
        meaning.setMaxWidth(420);
        PasswordField password = new PasswordField();
        password.setId("signPassword");
        password.setPromptText("Your password");
        getDialogPane().setContent(new VBox(8, meaning, password));
        getDialogPane().getButtonTypes().addAll(SIGN, ButtonType.CANCEL);
        getDialogPane().lookupButton(SIGN).setId("signConfirm");
        getDialogPane().lookupButton(SIGN).disableProperty().bind(password.textProperty().isEmpty());
        setResultConverter(button -> {
            char[] typed = button == SIGN ? password.getText().toCharArray() : null;
            password.clear();
            return typed;
        });
        setOnShown(e -> password.requestFocus());
    }

    /** Opens the dialog; {@code onPassword} is called only when the clinician signs (not on Cancel). */
    static void ask(Window owner, String what, String signer, Consumer<char[]> onPassword) {
        SignDialog dialog = new SignDialog(owner, what, signer);
        dialog.setOnHidden(e -> {
            char[] typed = dialog.getResult();
            dialog.setResult(null);
            if (typed != null) {
                onPassword.accept(typed);
            }
        });
        dialog.show();
    }
}
