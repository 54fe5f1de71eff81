package org.bedsideneuro.ui.trend;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.trend.AxisScale;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TrendSeries;
import org.bedsideneuro.ui.common.NoticeArea;

/**
 * The Trend tab: the period selector and the stacked panels on one time axis: daily MME (step area with flag
 * markers), opioid orders and adjuvants (bars), distal strength, reflexes, foot drop, walking aid, jerk rate and eGFR.
 * Redrawn from the view model's series, which are built off the FX thread.
 */
public final class TrendView extends VBox {
    private final TrendViewModel model;
    private final VBox panels = new VBox();
    private final ToggleGroup periods = new ToggleGroup();
    /** The series on screen, so a tab switch redraws only when the series changed meanwhile. */
    private TrendSeries drawn;
    private ObservableValue<Boolean> shown = new javafx.beans.property.SimpleBooleanProperty(true);

    public TrendView(TrendViewModel model) {
        this.model = model;
        setId("trendView");
        getStyleClass().addAll("screen", "trend-screen");
        Label summary = new Label();
        summary.setId("trendSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        panels.setId("trendPanels");
        panels.getStyleClass().add("trend-panels");
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(new NoticeArea(model.noticeProperty()), periodBar(), summary, scroll);
        model.seriesProperty().addListener((obs, old, now) -> drawWhenShown());
        drawWhenShown();
    }

    /**
     * Draws only while {@code shown} is true (the Trend tab is selected): opening a patient on the History tab then
     * costs no chart building on the FX thread; the charts are drawn when the tab is first looked at.
     */
    public void drawOnlyWhile(ObservableValue<Boolean> shown) {
        this.shown = shown;
        shown.addListener((obs, old, now) -> drawWhenShown());
        drawWhenShown();
    }

    private void drawWhenShown() {
        TrendSeries series = model.seriesProperty().get();
        if (Boolean.TRUE.equals(shown.getValue()) && series != drawn) {
            drawn = series;
            draw(series);
        }
    }

    private HBox periodBar() {
        HBox bar = new HBox();
        bar.getStyleClass().add("toolbar-row");
        Label label = new Label("Period");
        label.getStyleClass().add("field-label");
        bar.getChildren().add(label);
        for (TrendPeriod p : TrendPeriod.values()) {
            ToggleButton button = new ToggleButton(p.label());
            button.setId("period-" + p.name());
            button.setUserData(p);
            button.setToggleGroup(periods);
            button.setSelected(model.periodProperty().get() == p);
            bar.getChildren().add(button);
        }
        periods.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a period is always chosen
            } else {
                model.periodProperty().set((TrendPeriod) now.getUserData());
            }
        });
        DatePicker from = new DatePicker();
        from.setId("trendFrom");
        from.setPromptText("from");
        from.valueProperty().bindBidirectional(model.customFromProperty());
        DatePicker to = new DatePicker();
        to.setId("trendTo");
        to.setPromptText("to");
        to.valueProperty().bindBidirectional(model.customToProperty());
        from.disableProperty().bind(model.periodProperty().isNotEqualTo(TrendPeriod.CUSTOM));
        to.disableProperty().bind(model.periodProperty().isNotEqualTo(TrendPeriod.CUSTOM));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.periodErrorProperty());
        bar.getChildren().addAll(from, to, error);
        return bar;
    }

    private void draw(TrendSeries series) {
        panels.getChildren().clear();
        if (series == null) {
            drawn = null;
            panels.getChildren().add(new Label("Loading the course…"));
            return;
        }
        TimeAxis time = new TimeAxis(series);
        TrendChart mme = new TrendChart(time, TimeAxis.numeric(AxisScale.niceMax(series.mmeMax(), 10)),
                "Daily MME as given (orders not counted are marked on their bars; " + model.factorsInForceProperty().get() + ")", "mme");
        mme.stepsByDay(series.mme(), day -> model.mmeBreakdown(java.time.LocalDate.ofEpochDay(day)));
        mme.infusionSteps(series.infusionMme());
        mme.prnDoses(series.prnDoses());
        mme.flags(series.flags(), true, this::openFlag);
        add(mme, "trend-panel-tall", List.of());
        add(bars(time, "opioidOrders", "Opioid orders", series.opioidBars(), "order-bar-opioid", series.flags()), "", List.of());
        add(bars(time, "adjuvants", "Adjuvants", series.adjuvantBars(), "order-bar-adjuvant", series.flags()), "", List.of());
        for (TrendSeries.Panel panel : series.panels()) {
            TrendChart chart = new TrendChart(time, panel.ordinalLabels().isEmpty() ? TimeAxis.numeric(panel.yMax())
                    : TimeAxis.ordinal(panel.ordinalLabels()), panel.title(), panel.id());
            chart.lines(panel.lines(), this::describe, p -> model.openExam(p.examId()));
            chart.flags(series.flags(), false, this::openFlag);
            add(chart, panel.id().equals("strength") ? "trend-panel-tall" : "", panel.lines());
        }
        // Only the last panel shows dates: they are the same for all, and repeating them costs height.
        List<TrendChart> charts = charts();
        for (int i = 0; i < charts.size() - 1; i++) {
            charts.get(i).timeAxis().setTickLabelsVisible(false);
        }
    }

    private TrendChart bars(TimeAxis time, String id, String title, List<TrendSeries.Bar> bars, String styleClass, List<Flag> flags) {
        int lanes = bars.stream().mapToInt(TrendSeries.Bar::lane).max().orElse(0) + 1;
        TrendChart chart = new TrendChart(time, TimeAxis.lanes(lanes), title + (bars.isEmpty() ? ": none in this period" : ""), id);
        chart.bars(bars, styleClass);
        chart.flags(flags, false, this::openFlag);
        chart.getStyleClass().add("trend-panel-lanes-" + Math.min(lanes, 4));
        return chart;
    }

    private void add(TrendChart chart, String styleClass, List<TrendSeries.Line> lines) {
        if (!styleClass.isEmpty()) {
            chart.getStyleClass().add(styleClass);
        }
        panels.getChildren().add(chart);
        if (lines.size() > 1 || lines.stream().anyMatch(l -> l.side() != null)) {
            panels.getChildren().add(legend(lines));
        }
    }

    /** Our own legend: colour by finding and solid left / dashed right, as the lines are drawn. */
    private static FlowPane legend(List<TrendSeries.Line> lines) {
        FlowPane legend = new FlowPane();
        legend.getStyleClass().add("trend-legend");
        List<String> groups = new java.util.ArrayList<>();
        for (TrendSeries.Line line : lines) {
            String group = line.side() == null ? line.name() : line.name().substring(0, line.name().lastIndexOf(','));
            if (!groups.contains(group)) {
                groups.add(group);
            }
            Line sample = new Line(0, 0, 22, 0);
            sample.getStyleClass().addAll("legend-line", "trend-line-" + groups.indexOf(group) % 8,
                    line.side() == Side.RIGHT ? "trend-right" : "trend-left");
            Label entry = new Label(line.name(), sample);
            entry.getStyleClass().add("trend-legend-entry");
            legend.getChildren().add(entry);
        }
        return legend;
    }

    private String describe(TrendSeries.Point p) {
        return p.valueText() + "\nRecorded by " + p.recordedBy() + ", " + model.formats().dateTime(p.recordedAt())
                + "\nClick to open this exam";
    }

    private void openFlag(Flag flag) {
        if (!flag.examIds().isEmpty()) {
            model.openExam(flag.examIds().get(flag.examIds().size() - 1));
        }
    }

    /** The panels drawn, top to bottom (for tests: they share one time axis). */
    List<TrendChart> charts() {
        return panels.getChildren().stream().filter(TrendChart.class::isInstance).map(TrendChart.class::cast).toList();
    }

    /** The flag markers on the MME panel. */
    public List<Label> flagMarkers() {
        return charts().isEmpty() ? List.of() : charts().get(0).flagMarkers();
    }

}
