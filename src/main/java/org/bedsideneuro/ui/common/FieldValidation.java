package org.bedsideneuro.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks a form field while its view model has an error for it: ControlsFX's validation decoration (a small error
 * mark on the field's corner, the message as its tooltip) beside the form's own message line, which stays because a
 * nurse should not have to hover to read what is wrong. The view model decides what is wrong; this only shows it.
 */
public final class FieldValidation {
    private static final ValidationDecoration DECORATION = new GraphicValidationDecoration();

    private FieldValidation() {}

    /** From now on, {@code field} is marked whenever {@code error} is not empty, and unmarked when it empties. */
    public static void mark(Control field, ObservableValue<String> error) {
        error.addListener((obs, old, now) -> show(field, now));
        field.sceneProperty().addListener((obs, old, now) -> show(field, error.getValue()));
        show(field, error.getValue());
    }

    /** Whether {@code field} is marked now; for tests. */
    public static boolean isMarked(Control field) {
        return field.getStyleClass().contains("field-invalid");
    }

    private static void show(Control field, String message) {
        boolean wrong = message != null && !message.isBlank();
        field.getStyleClass().remove("field-invalid");
        field.setAccessibleHelp(wrong ? message : null);
        if (wrong) {
            field.getStyleClass().add("field-invalid");
        }
        if (field.getScene() == null) {
            return; // the decoration lives in the scene; it is drawn once the field is shown
        }
        DECORATION.removeDecorations(field);
        if (wrong) {
            DECORATION.applyValidationDecoration(ValidationMessage.error(field, message));
        }
    }
}
