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
import org.controlsfx.control.SegmentedButton;

/**
 * One coded item as a row of segmented buttons (ControlsFX {@link SegmentedButton}): one click (or Tab and Space)
 * picks a value, a second click on it clears it back to "not assessed". Buttons rather than a drop-down: every value
 * is visible and one touch away, and the joined segments read as one choice.
 */
final class ChoiceRow extends HBox {
    private final SegmentedButton segments = new SegmentedButton();
    private final ToggleGroup group;

    ChoiceRow(String id, List<? extends FindingValue> choices, Function<FindingValue, String> text,
            ObjectProperty<FindingValue> value) {
        setId(id);
        getStyleClass().add("choice-row");
        group = segments.getToggleGroup();
        for (FindingValue choice : choices) {
            ToggleButton button = new ToggleButton(text.apply(choice));
            button.setId(id + "-" + choice.code());
            button.setUserData(choice);
            // Level names only for POSS and CAM (their instrument text is copyrighted): the label is the name.
            button.setTooltip(new Tooltip(choice.label()));
            button.setFocusTraversable(true);
            button.setAccessibleText(choice.label());
            segments.getButtons().add(button);
        }
        getChildren().add(segments);
        select(value.get());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            FindingValue chosen = now == null ? null : (FindingValue) now.getUserData();
            if (chosen != value.get()) {
                value.set(chosen);
            }
        });
        value.addListener((obs, old, now) -> select(now));
    }

    /** The segmented buttons, as one control: what a validation mark decorates. */
    SegmentedButton segments() {
        return segments;
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
        group.getToggles().stream()
                .filter(t -> t.getUserData() == chosen)
                .findFirst()
                .ifPresent(group::selectToggle);
    }
}
