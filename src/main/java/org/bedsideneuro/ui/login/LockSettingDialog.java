package org.bedsideneuro.ui.login;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.common.Theme;

/** "Settings → Lock after…": a spinner from 1 to 30 minutes; saved for this computer and effective at once. */
final class LockSettingDialog extends Dialog<Integer> {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    LockSettingDialog(Window owner, LockSetting setting, IdleLock lock) {
        initOwner(owner);
        setTitle("Lock after");
        setHeaderText("Lock this computer's window after how many minutes without keyboard or mouse input?");
        getDialogPane().setId("lockSettingDialog");
        Theme.apply(getDialogPane());
        Spinner<Integer> minutes = new Spinner<>(ComputerSettings.MIN_LOCK_MINUTES, ComputerSettings.MAX_LOCK_MINUTES, setting.minutes());
        minutes.setId("lockMinutes");
        minutes.setEditable(true);
        Label unit = new Label("minutes (1 to 30; saved on this computer for everyone who uses it)");
        Label error = new Label();
        error.setId("lockMinutesError");
        error.getStyleClass().add("form-error");
        getDialogPane().setContent(new VBox(8, new HBox(8, minutes, unit), error));
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).setId("lockSave");
        getDialogPane().lookupButton(SAVE).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                setting.change(typed(minutes), lock);
            } catch (IllegalArgumentException ex) {
                e.consume(); // the dialog stays open and says why
                error.setText(ex.getMessage());
            }
        });
        setResultConverter(button -> button == SAVE ? setting.minutes() : null);
    }

    /** What is in the spinner's field, typed or stepped (typed text reaches the value only on Enter otherwise). */
    private static int typed(Spinner<Integer> minutes) {
        String text = minutes.getEditor().getText().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Lock after: a whole number of minutes from 1 to 30, not '" + text + "'.");
        }
    }
}
