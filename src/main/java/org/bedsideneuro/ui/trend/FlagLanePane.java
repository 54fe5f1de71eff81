package org.bedsideneuro.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagGroups;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.controlsfx.control.PopOver;

/**
 * The flags as a lane of markers that never overlap: flags on nearby days share one marker with their count
 * ({@link FlagGroups}). Hovering a marker lists its flags with their titles and values in a tooltip, focusing it in a
 * ControlsFX PopOver; a click or Enter opens the exam behind the newest of them.
 */
final class FlagLanePane extends LanePane {
    /** A marker's width; two markers' left edges are at least {@link #SPACING} apart. */
    static final double MARKER_WIDTH = 30;
    static final double SPACING = MARKER_WIDTH + 4;

    private final TrendLanes.FlagLane flags;
    private final Consumer<Flag> open;
    private final List<Label> markers = new ArrayList<>();
    private final PopOver details = new PopOver();
    private double drawnWidth = -1;

    FlagLanePane(TrendLanes.FlagLane flags, Consumer<Flag> open) {
        super(flags);
        this.flags = flags;
        this.open = open;
        details.setArrowLocation(PopOver.ArrowLocation.BOTTOM_CENTER);
        details.setDetachable(false);
        details.setAutoHide(true);
        // A click that hides the list must still reach the marker (or the lane) under the pointer.
        details.setConsumeAutoHidingEvents(false);
        details.getStyleClass().add("flag-popover");
    }

    @Override double compactHeight() { return 20; }
    @Override double compactMinHeight() { return 20; }

    @Override
    String describe() {
        return flags.flags().size() + " flags in the period";
    }

    @Override
    void draw(LaneScale s, double height) {
        if (s.width() == drawnWidth && !markers.isEmpty()) {
            position(s, height);
            return;
        }
        drawnWidth = s.width();
        plot.getChildren().removeAll(markers);
        markers.clear();
        for (FlagGroups.Group group : FlagGroups.group(flags.flags(), s.xFrom(), s.xTo(), s.width(), SPACING)) {
            markers.add(marker(group));
        }
        plot.getChildren().addAll(markers);
        position(s, height);
    }

    private void position(LaneScale s, double height) {
        for (Label marker : markers) {
            FlagGroups.Group group = (FlagGroups.Group) marker.getUserData();
            double x = Math.min(s.width() - MARKER_WIDTH, Math.max(0, s.px(group.x()) - 5));
            marker.resizeRelocate(x, 1, MARKER_WIDTH, Math.min(18, height - 2));
        }
    }

    private Label marker(FlagGroups.Group group) {
        Label marker = new Label(group.count() == 1 ? "⚑" : "⚑ " + group.count());
        marker.getStyleClass().add("flag-marker");
        marker.setUserData(group);
        marker.setFocusTraversable(true);
        marker.setAccessibleRole(AccessibleRole.BUTTON);
        marker.setAccessibleText(text(group));
        // Hover: a tooltip, which opens beside the pointer and never under it (a click must reach the marker);
        // keyboard focus: the PopOver above the marker, as there is no pointer to follow.
        Tooltip hover = new Tooltip(listing(group));
        hover.setShowDelay(Duration.millis(150));
        hover.setWrapText(true);
        hover.setMaxWidth(460);
        marker.setTooltip(hover);
        marker.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                show(marker, group);
            } else {
                details.hide();
            }
        });
        marker.setOnMouseClicked(e -> open.accept(newest(group)));
        marker.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.accept(newest(group));
                e.consume();
            }
        });
        return marker;
    }

    private static Flag newest(FlagGroups.Group group) {
        return group.flags().get(group.flags().size() - 1);
    }

    private void show(Label marker, FlagGroups.Group group) {
        VBox list = new VBox(4);
        list.getStyleClass().add("flag-popover-list");
        for (Flag f : group.flags()) {
            Label title = new Label(f.date() + " · " + f.title());
            title.getStyleClass().add("flag-popover-title");
            Label values = new Label(f.code().meaning() + "\n" + f.values());
            values.setWrapText(true);
            values.setMaxWidth(420);
            values.getStyleClass().add("flag-popover-values");
            list.getChildren().addAll(title, values);
        }
        details.setContentNode(list);
        if (marker.getScene() != null && marker.getScene().getWindow() != null && marker.getScene().getWindow().isShowing()) {
            // The arrow's tip just above the marker: the list never covers the marker the pointer is about to click.
            Bounds b = marker.localToScreen(marker.getBoundsInLocal());
            details.show(marker, b.getCenterX(), b.getMinY() - 2);
        }
    }

    /** The marker's flags, one per paragraph: date and title, meaning, values. */
    static String listing(FlagGroups.Group group) {
        StringBuilder text = new StringBuilder();
        for (Flag f : group.flags()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(f.date()).append(" · ").append(f.title()).append('\n')
                    .append(f.code().meaning()).append('\n').append(f.values());
        }
        return text.toString();
    }

    /** "3 flags: 18 Oct New myoclonus; ...": what a screen reader says for a marker. */
    static String text(FlagGroups.Group group) {
        StringBuilder text = new StringBuilder(group.count() == 1 ? "Flag: " : group.count() + " flags: ");
        for (Flag f : group.flags()) {
            text.append(f.date()).append(' ').append(f.title()).append(" (").append(f.values()).append("); ");
        }
        return text.toString();
    }

    /** The markers drawn (for tests and keyboard focus). */
    List<Label> markers() {
        return List.copyOf(markers);
    }
}
