package org.bedsideneuro.ui.trend;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.ui.common.NoticeArea;
import org.controlsfx.control.SegmentedButton;

/**
 * The Trend tab: the period (a segmented button, or custom dates) and the overview on one screen: every lane on one
 * time axis ({@link TrendLanesView}) with the crosshair's readout beside it ({@link ReadoutPanel}). No scrolling: the
 * lanes fit the height they get. Drawn from the view model's lanes, which are built off the FX thread.
 */
public final class TrendView extends VBox {
    private final TrendViewModel model;
    private final TrendLanesView lanes;
    /** The lanes on screen, so a tab switch redraws only when they changed meanwhile. */
    private TrendLanes drawn;
    private ObservableValue<Boolean> shown = new SimpleBooleanProperty(true);

    public TrendView(TrendViewModel model) {
        this.model = model;
        setId("trendView");
        getStyleClass().addAll("screen", "trend-screen");
        lanes = new TrendLanesView(model, this::openFlag, model.openedLanes());
        ReadoutPanel readout = new ReadoutPanel(model);
        ScrollPane readoutScroll = new ScrollPane(readout);
        readoutScroll.setFitToWidth(true);
        readoutScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        readoutScroll.getStyleClass().add("trend-readout-scroll");
        readoutScroll.setMinWidth(ReadoutPanel.WIDTH + 14);
        readoutScroll.setPrefWidth(ReadoutPanel.WIDTH + 14);
        HBox.setHgrow(lanes, Priority.ALWAYS);
        HBox body = new HBox(8, lanes, readoutScroll);
        body.getStyleClass().add("trend-body");
        body.setMinHeight(0);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(new NoticeArea(model.noticeProperty()), periodBar(), body);
        model.lanesProperty().addListener((obs, old, now) -> drawWhenShown());
        drawWhenShown();
    }

    /**
     * Draws only while {@code shown} is true (the Trend tab is selected): opening a patient on the History tab then
     * costs no drawing on the FX thread; the lanes are drawn when the tab is first looked at.
     */
    public void drawOnlyWhile(ObservableValue<Boolean> shownNow) {
        this.shown = shownNow;
        shownNow.addListener((obs, old, now) -> drawWhenShown());
        drawWhenShown();
    }

    private void drawWhenShown() {
        TrendLanes now = model.lanesProperty().get();
        if (Boolean.TRUE.equals(shown.getValue()) && now != drawn) {
            drawn = now;
            lanes.show(now);
        }
    }

    private HBox periodBar() {
        HBox bar = new HBox(8);
        bar.getStyleClass().addAll("toolbar-row", "trend-period-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Period");
        label.getStyleClass().add("field-label");
        SegmentedButton periods = new SegmentedButton();
        periods.setId("trendPeriods");
        for (TrendPeriod p : TrendPeriod.values()) {
            ToggleButton button = new ToggleButton(p.label());
            button.setId("period-" + p.name());
            button.setUserData(p);
            button.setSelected(model.periodProperty().get() == p);
            periods.getButtons().add(button);
        }
        periods.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a period is always chosen
            } else if (now.getUserData() != model.periodProperty().get()) {
                model.periodProperty().set((TrendPeriod) now.getUserData());
            }
        });
        model.periodProperty().addListener((obs, old, now) -> periods.getButtons().stream()
                .filter(b -> b.getUserData() == now).findFirst().ifPresent(b -> b.setSelected(true)));
        DatePicker from = new DatePicker();
        from.setId("trendFrom");
        from.setPromptText("from");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.customFromProperty());
        DatePicker to = new DatePicker();
        to.setId("trendTo");
        to.setPromptText("to");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.customToProperty());
        from.disableProperty().bind(model.periodProperty().isNotEqualTo(TrendPeriod.CUSTOM));
        to.disableProperty().bind(model.periodProperty().isNotEqualTo(TrendPeriod.CUSTOM));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.periodErrorProperty());
        Label summary = new Label();
        summary.setId("trendSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        bar.getChildren().addAll(label, periods, from, to, error, summary);
        return bar;
    }

    private void openFlag(Flag flag) {
        if (!flag.examIds().isEmpty()) {
            model.openExam(flag.examIds().get(flag.examIds().size() - 1));
        }
    }

    /** The lanes view (for tests). */
    TrendLanesView lanesView() {
        return lanes;
    }

    /** The flag markers drawn, left to right. */
    public List<Label> flagMarkers() {
        return lanes.lanes().stream().filter(FlagLanePane.class::isInstance).map(FlagLanePane.class::cast)
                .flatMap(p -> p.markers().stream()).toList();
    }
}
