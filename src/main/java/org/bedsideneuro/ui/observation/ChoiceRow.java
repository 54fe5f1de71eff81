package org.bedsideneuro.ui.observation;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.bedsideneuro.domain.finding.FindingValue;

/**
 * One coded item as a row of toggle buttons: one click (or Tab and Space) picks a value, a second click on it
 * clears it back to "not assessed". Buttons rather than a drop-down: every value is visible and one touch away.
 */
final class ChoiceRow extends HBox {
    private final ToggleGroup group = new ToggleGroup();

    ChoiceRow(String id, List<? extends FindingValue> choices, Function<FindingValue, String> text, ObjectProperty<FindingValue> value) {
        setId(id);
        getStyleClass().add("choice-row");
        for (FindingValue choice : choices) {
            ToggleButton button = new ToggleButton(text.apply(choice));
            button.setId(id + "-" + choice.code());
            button.setUserData(choice);
            button.setToggleGroup(group);
            // Level names only for POSS and CAM (their instrument text is copyrighted): the label is the name.
            button.setTooltip(new Tooltip(choice.label()));
            button.setFocusTraversable(true);
            getChildren().add(button);
        }
        select(value.get());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            FindingValue chosen = now == null ? null : (FindingValue) now.getUserData();
            if (chosen != value.get()) {
                value.set(chosen);
            }
        });
        value.addListener((obs, old, now) -> select(now));
    }

    private void select(FindingValue chosen) {
        Toggle current = group.getSelectedToggle();
        if (current != null && current.getUserData() == chosen) {
            return;
        }
        if (chosen == null) {
            group.selectToggle(null);
            return;
        }
        group.getToggles().stream().filter(t -> t.getUserData() == chosen).findFirst().ifPresent(group::selectToggle);
    }
}
