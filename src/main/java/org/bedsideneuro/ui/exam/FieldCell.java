package org.bedsideneuro.ui.exam;

import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.bedsideneuro.domain.finding.FindingKey;

/**
 * One cell of the form: the text field for a finding and side, and beside it what it is compared with. Its look
 * (error, changed since the copy, worse than before, asymmetric) is CSS classes on the field, toggled by the model.
 */
final class FieldCell extends HBox {
    static final String ERROR = "cell-error";
    static final String CHANGED = "cell-changed";
    static final String WORSE = "cell-worse";
    static final String ASYMMETRIC = "cell-asymmetric";

    private final TextField input = new TextField();

    FieldCell(FindingField field, ObservableValue<Boolean> editable) {
        FindingKey key = field.key();
        getStyleClass().add("exam-cell");
        input.setId("cell-" + key.columnName().replace('.', '-'));
        input.getStyleClass().add("exam-input");
        input.setPromptText(key.code().scale().allowed().length() <= 24 ? key.code().scale().allowed() : "");
        input.textProperty().bindBidirectional(field.textProperty());
        input.editableProperty().bind(editable);
        input.setAccessibleText(key.label());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> field.errorProperty().get().isEmpty()
                ? key.label() + ": " + key.code().scale().allowed() : field.errorProperty().get(), field.errorProperty()));
        input.setTooltip(tip);
        // Listen to the model's own properties: a binding made here would be held only weakly and could be
        // collected, and the cell would silently stop showing its error.
        toggle(field.errorProperty(), () -> !field.errorProperty().get().isEmpty(), ERROR);
        toggle(field.changedProperty(), field.changedProperty()::get, CHANGED);
        toggle(field.worseProperty(), field.worseProperty()::get, WORSE);
        toggle(field.asymmetricProperty(), field.asymmetricProperty()::get, ASYMMETRIC);

        Label compared = new Label();
        compared.getStyleClass().add("exam-compared");
        compared.textProperty().bind(field.comparisonTextProperty());
        Label error = new Label();
        error.getStyleClass().add("cell-error-text");
        error.textProperty().bind(Bindings.createStringBinding(() -> field.errorProperty().get().isEmpty() ? "" : "!", field.errorProperty()));
        getChildren().addAll(input, error, compared);
    }

    private void toggle(ObservableValue<?> source, BooleanSupplier on, String styleClass) {
        Runnable apply = () -> {
            input.getStyleClass().remove(styleClass);
            if (on.getAsBoolean()) {
                input.getStyleClass().add(styleClass);
            }
        };
        source.addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    TextField input() {
        return input;
    }
}
