package org.bedsideneuro.ui.observation;

import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import org.bedsideneuro.domain.finding.BodyRegion;

/**
 * The body regions as toggles laid out like a body seen from the foot of the bed: face and neck on top, the
 * patient's right arm and leg on the viewer's left (as clinicians chart). Bound to a set of regions; every toggle is
 * reachable with Tab and switched with Space.
 */
final class BodyRegionPicker extends GridPane {
    BodyRegionPicker(ObservableSet<BodyRegion> selected) {
        setId("obsRegions");
        getStyleClass().add("body-region-picker");
        place(selected, BodyRegion.FACE, 1, 0, 2);
        place(selected, BodyRegion.NECK, 1, 1, 2);
        place(selected, BodyRegion.RIGHT_ARM, 0, 2, 1);
        place(selected, BodyRegion.TRUNK, 1, 2, 2);
        place(selected, BodyRegion.LEFT_ARM, 3, 2, 1);
        place(selected, BodyRegion.RIGHT_LEG, 1, 3, 1);
        place(selected, BodyRegion.LEFT_LEG, 2, 3, 1);
    }

    private void place(ObservableSet<BodyRegion> selected, BodyRegion region, int column, int row, int span) {
        ToggleButton toggle = new ToggleButton(region.label());
        toggle.setId("obsRegion-" + region.code());
        toggle.getStyleClass().add("body-region");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setSelected(selected.contains(region));
        toggle.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                selected.add(region);
            } else {
                selected.remove(region);
            }
        });
        selected.addListener((SetChangeListener<BodyRegion>) c -> toggle.setSelected(selected.contains(region)));
        add(toggle, column, row, span, 1);
    }
}
