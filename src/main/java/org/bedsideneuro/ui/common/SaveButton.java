package org.bedsideneuro.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * The Save button of a form dialog: the dialog stays open until the save has succeeded (never while the form is
 * invalid or the database refused it, whose message the form shows), then closes with what was saved.
 */
public final class SaveButton {
    private SaveButton() {
    }

    /**
     * Adds Save and Cancel to {@code dialog}. {@code save} is the form's save: it validates, saves in the background
     * and calls its argument with the saved value on the FX thread.
     */
    public static <T> Button install(Dialog<T> dialog, String id, ObservableBooleanValue disabled, Consumer<Consumer<T>> save) {
        ButtonType type = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(type, ButtonType.CANCEL);
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.disableProperty().bind(disabled);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
        });
        dialog.setResultConverter(pressed -> null);
        return button;
    }
}
