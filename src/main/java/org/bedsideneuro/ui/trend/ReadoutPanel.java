package org.bedsideneuro.ui.trend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendReadout;

/**
 * What the crosshair reads, beside the lanes: the day, its daily MME with each order's part, each lane's values with
 * the exam or observation they came from (in the tooltip; a click opens it), and the day's flags. Before the mouse
 * or the arrow keys choose a day, it says how.
 */
final class ReadoutPanel extends VBox {
    static final double WIDTH = 290;
    private final TrendViewModel model;
    private final List<Label> valueLabels = new ArrayList<>();

    ReadoutPanel(TrendViewModel model) {
        this.model = model;
        setId("trendReadout");
        getStyleClass().add("trend-readout");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        setAccessibleRole(AccessibleRole.TEXT);
        model.readoutProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    private void show(TrendReadout readout) {
        getChildren().clear();
        valueLabels.clear();
        if (readout == null) {
            Label hint = new Label("Point at a day, or use Left and Right, to read its values here. Drag across the dates to zoom.");
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            getChildren().add(hint);
            setAccessibleText(hint.getText());
            return;
        }
        Label day = new Label(model.formats().date(readout.day()));
        day.setId("readoutDay");
        day.getStyleClass().add("trend-readout-day");
        getChildren().add(day);
        DailyMmeResult mme = readout.mme();
        Label total = new Label(mme.mme().stripTrailingZeros().toPlainString() + " MME/day");
        total.setId("readoutMme");
        total.getStyleClass().add("trend-readout-mme");
        getChildren().add(total);
        for (var c : mme.counted()) {
            getChildren().add(small(c.describe()));
        }
        for (var n : mme.uncountedOpioids()) {
            getChildren().add(small("not counted: " + n.describe()));
        }
        Map<String, List<TrendReadout.Value>> byLane = new LinkedHashMap<>();
        readout.values().forEach(v -> byLane.computeIfAbsent(v.laneId(), k -> new ArrayList<>()).add(v));
        TrendLanes lanes = model.lanesProperty().get();
        byLane.forEach((laneId, values) -> {
            Label heading = new Label(lanes == null ? laneId : lanes.lane(laneId).title());
            heading.getStyleClass().add("trend-readout-heading");
            getChildren().add(heading);
            for (TrendReadout.Value v : values) {
                Label value = new Label(v.row() + ": " + v.value() + (v.worseThanBaseline() ? " ▼ worse than baseline" : ""));
                value.getStyleClass().add("trend-readout-value");
                if (v.worseThanBaseline()) {
                    value.getStyleClass().add("trend-readout-worse");
                }
                value.setWrapText(true);
                value.setUserData(v);
                value.setTooltip(new Tooltip(v.source() + "\nClick to open it"));
                value.setOnMouseClicked(e -> model.openExam(v.examId()));
                valueLabels.add(value);
                getChildren().add(value);
            }
        });
        if (!readout.flags().isEmpty()) {
            Label heading = new Label("Flags of the day");
            heading.getStyleClass().add("trend-readout-heading");
            getChildren().add(heading);
            for (Flag f : readout.flags()) {
                Label flag = new Label("⚑ " + f.title() + ": " + f.values());
                flag.setWrapText(true);
                flag.getStyleClass().add("trend-readout-flag");
                getChildren().add(flag);
            }
        }
        setAccessibleText(day.getText() + ", " + total.getText() + ", " + valueLabels.size() + " values, " + readout.flags().size() + " flags");
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("trend-readout-detail", "muted");
        return label;
    }

    /** The value lines shown (for tests). */
    List<Label> valueLabels() {
        return List.copyOf(valueLabels);
    }
}
