package org.bedsideneuro.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TrendSeries;

/**
 * One stacked panel of the trend view: a LineChart on the shared time axis plus what a LineChart does not draw
 * (the MME step area, order bars, flag lines and markers), laid out in {@link #layoutPlotChildren()} from the axes so
 * they move with the plot. Hover and click find the nearest point by pixel distance, so they work whether or not
 * point symbols are drawn (symbols are left out beyond {@link #SYMBOL_LIMIT} points: shared/engineering-notes.md).
 */
final class TrendChart extends LineChart<Number, Number> {
    /** shared/engineering-notes.md: never draw symbols beyond a few hundred points. */
    static final int SYMBOL_LIMIT = 300;
    /** Pixels within which the pointer "is on" a point. */
    private static final double HIT_RADIUS = 8;

    private final List<Runnable> layouts = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();
    private final List<Label> flagMarkers = new ArrayList<>();
    private Function<Point2D, String> hoverText = p -> null;

    TrendChart(TimeAxis time, NumberAxis yAxis, String title, String panelId) {
        super(time.create(), yAxis);
        setId("trend-" + panelId);
        getStyleClass().addAll("trend-chart", "trend-" + panelId);
        setTitle(title);
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(false);
        setHorizontalGridLinesVisible(true);
        setVerticalGridLinesVisible(false);
        // Same y-axis width in every panel: with the same x range this lines the plot areas up exactly.
        yAxis.setPrefWidth(TimeAxis.Y_AXIS_WIDTH);
        yAxis.setMinWidth(TimeAxis.Y_AXIS_WIDTH);
        yAxis.setMaxWidth(TimeAxis.Y_AXIS_WIDTH);
        tooltip.setShowDelay(Duration.millis(100));
        tooltip.getStyleClass().add("trend-tooltip");
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
    }

    NumberAxis timeAxis() {
        return (NumberAxis) getXAxis();
    }

    NumberAxis valueAxis() {
        return (NumberAxis) getYAxis();
    }

    /** The panel's lines: colour by finding (CSS trend-line-n), right side dashed, symbols only for few points. */
    void lines(List<TrendSeries.Line> lines, Function<TrendSeries.Point, String> describe, Consumer<TrendSeries.Point> onClick) {
        int total = lines.stream().mapToInt(l -> l.points().size()).sum();
        setCreateSymbols(total <= SYMBOL_LIMIT);
        List<String> groups = new ArrayList<>();
        for (TrendSeries.Line line : lines) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            for (TrendSeries.Point p : line.points()) {
                XYChart.Data<Number, Number> data = new XYChart.Data<>(p.x(), p.y());
                data.setExtraValue(p);
                series.getData().add(data);
            }
            getData().add(series);
            String group = line.side() == null ? line.name() : line.name().substring(0, line.name().lastIndexOf(','));
            if (!groups.contains(group)) {
                groups.add(group);
            }
            List<String> classes = List.of("trend-line-" + groups.indexOf(group) % 8, line.side() == Side.RIGHT ? "trend-right" : "trend-left");
            series.getNode().getStyleClass().addAll(classes);
            series.getData().forEach(d -> {
                if (d.getNode() != null) {
                    d.getNode().getStyleClass().addAll(classes);
                }
            });
        }
        hoverText = at -> nearest(at).map(describe).orElse(null);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                nearest(localToAxes(e)).ifPresent(onClick);
            }
        });
    }

    /** The daily MME as a filled step area; hovering says the day's value. */
    void steps(List<TrendSeries.Step> steps, Function<TrendSeries.Step, String> describe) {
        Path area = new Path();
        area.getStyleClass().add("mme-area");
        area.setManaged(false);
        getPlotChildren().add(area);
        layouts.add(() -> {
            area.getElements().clear();
            if (steps.isEmpty()) {
                return;
            }
            double y0 = y(0);
            area.getElements().add(new MoveTo(x(steps.get(0).startX()), y0));
            for (TrendSeries.Step s : steps) {
                area.getElements().add(new LineTo(x(s.startX()), y(s.mme())));
                area.getElements().add(new LineTo(x(s.endX()), y(s.mme())));
            }
            area.getElements().add(new LineTo(x(steps.get(steps.size() - 1).endX()), y0));
            area.getElements().add(new ClosePath());
        });
        hoverText = at -> {
            double day = timeAxis().getValueForDisplay(at.getX()).doubleValue();
            return steps.stream().filter(s -> s.startX() <= day && day < s.endX()).findFirst().map(describe).orElse(null);
        };
    }

    /** As {@link #steps(List, Function)}, the hover describing the very day under the pointer (its breakdown). */
    void stepsByDay(List<TrendSeries.Step> steps, java.util.function.LongFunction<String> describeDay) {
        steps(steps, (TrendSeries.Step s) -> "");
        hoverText = at -> {
            double day = timeAxis().getValueForDisplay(at.getX()).doubleValue();
            return steps.stream().anyMatch(s -> s.startX() <= day && day < s.endX()) ? describeDay.apply((long) Math.floor(day)) : null;
        };
    }

    /** The part of the daily MME that infusions count by rate, as a dashed step line over the filled daily MME. */
    void infusionSteps(List<TrendSeries.Step> steps) {
        if (steps.isEmpty()) {
            return;
        }
        Path line = new Path();
        line.getStyleClass().add("infusion-step");
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.setAccessibleText("Infusions by rate, part of the daily MME");
        getPlotChildren().add(line);
        layouts.add(() -> {
            line.getElements().clear();
            line.getElements().add(new MoveTo(x(steps.get(0).startX()), y(steps.get(0).mme())));
            for (TrendSeries.Step s : steps) {
                line.getElements().add(new LineTo(x(s.startX()), y(s.mme())));
                line.getElements().add(new LineTo(x(s.endX()), y(s.mme())));
            }
        });
    }

    /**
     * PRN doses given, as ticks along the bottom of the MME chart: one per day (per week over a long period), taller with
     * more doses, the count and the doses on hover. What the day's MME counts of them is in the step above.
     */
    void prnDoses(List<TrendSeries.DoseMark> marks) {
        int most = marks.stream().mapToInt(TrendSeries.DoseMark::doses).max().orElse(1);
        for (TrendSeries.DoseMark mark : marks) {
            Rectangle tick = new Rectangle();
            tick.getStyleClass().add("prn-dose-mark");
            tick.setManaged(false);
            Tooltip.install(tick, new Tooltip(mark.text()));
            tick.setAccessibleText(mark.text());
            getPlotChildren().add(tick);
            double share = 0.25 * mark.doses() / most;
            layouts.add(() -> {
                double left = x(mark.startX());
                double width = Math.max(2, (x(mark.endX()) - left) * 0.6);
                double bottom = y(0);
                double height = Math.max(3, (bottom - y(valueAxis().getUpperBound())) * share);
                tick.setX(left + (x(mark.endX()) - left - width) / 2);
                tick.setY(bottom - height);
                tick.setWidth(width);
                tick.setHeight(height);
            });
        }
    }

    /** Orders as labelled bars, one lane per overlapping order. */
    void bars(List<TrendSeries.Bar> bars, String styleClass) {
        for (TrendSeries.Bar bar : bars) {
            Rectangle rect = new Rectangle();
            rect.getStyleClass().addAll("order-bar", styleClass, bar.counted() ? "order-bar-counted" : "order-bar-not-counted");
            rect.setManaged(false);
            Label label = new Label(bar.label());
            label.getStyleClass().add("order-bar-label");
            label.setManaged(false);
            label.setMouseTransparent(true);
            Tooltip.install(rect, new Tooltip(bar.label() + (bar.running() ? "\nrunning" : "")));
            getPlotChildren().addAll(rect, label);
            layouts.add(() -> {
                double left = x(bar.startX());
                double top = y(bar.lane() + 0.9);
                rect.setX(left);
                rect.setY(top);
                rect.setWidth(Math.max(2, x(bar.endX()) - left));
                rect.setHeight(Math.max(4, y(bar.lane() + 0.1) - top));
                label.resizeRelocate(left + 4, top, Math.max(0, x(bar.endX()) - left - 6), rect.getHeight());
            });
        }
    }

    /**
     * A vertical line on each flag's day (its middle); with {@code markers}, also a labelled marker that shows the
     * description and values and opens the exam behind the flag.
     */
    void flags(List<Flag> flags, boolean markers, Consumer<Flag> onClick) {
        for (Flag flag : flags) {
            double day = flag.date().toEpochDay() + 0.5;
            Line line = new Line();
            line.getStyleClass().add("flag-line");
            line.setManaged(false);
            line.setMouseTransparent(true);
            getPlotChildren().add(line);
            if (markers) {
                marker(flag, onClick);
            }
            layouts.add(() -> {
                double x = x(day);
                line.setStartX(x);
                line.setEndX(x);
                line.setStartY(0);
                line.setEndY(valueAxis().getHeight());
            });
        }
        if (markers) {
            layouts.add(this::layoutMarkers);
        }
    }

    /**
     * Markers centred on their day, each in the first row where it overlaps no earlier marker: on a long period
     * neighbouring days are a few pixels apart and their labels would otherwise cover each other.
     */
    private void layoutMarkers() {
        List<List<double[]>> rows = new ArrayList<>();
        for (Label marker : flagMarkers) {
            marker.autosize();
            double left = x(((Flag) marker.getUserData()).date().toEpochDay() + 0.5) - marker.getWidth() / 2;
            double right = left + marker.getWidth();
            int row = 0;
            while (row < rows.size() && rows.get(row).stream().anyMatch(r -> left < r[1] + 2 && r[0] < right + 2)) {
                row++;
            }
            if (row == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(row).add(new double[] {left, right});
            marker.relocate(left, 2 + row * (marker.getHeight() + 2));
        }
    }

    private Label marker(Flag flag, Consumer<Flag> onClick) {
        Label marker = new Label("⚑ " + flag.code().code());
        marker.getStyleClass().add("flag-marker");
        marker.setUserData(flag);
        marker.setManaged(false);
        Tooltip.install(marker, new Tooltip(flag.date() + " · " + flag.code().code() + "\n" + flag.description() + "\n" + flag.values()));
        marker.setOnMouseClicked(e -> onClick.accept(flag));
        flagMarkers.add(marker);
        getPlotChildren().add(marker);
        return marker;
    }

    /** The flag markers of this panel, in flag order (for tests and keyboard focus). */
    List<Label> flagMarkers() {
        return List.copyOf(flagMarkers);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        layouts.forEach(Runnable::run);
    }

    private double x(double value) {
        return timeAxis().getDisplayPosition(value);
    }

    private double y(double value) {
        return valueAxis().getDisplayPosition(value);
    }

    /** The pointer in axis coordinates: x along the time axis, y along the value axis. */
    private Point2D localToAxes(MouseEvent e) {
        Point2D onX = timeAxis().sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D onY = valueAxis().sceneToLocal(e.getSceneX(), e.getSceneY());
        return new Point2D(onX.getX(), onY.getY());
    }

    private java.util.Optional<TrendSeries.Point> nearest(Point2D at) {
        TrendSeries.Point best = null;
        double bestDistance = HIT_RADIUS;
        for (XYChart.Series<Number, Number> series : getData()) {
            for (XYChart.Data<Number, Number> d : series.getData()) {
                double distance = Math.hypot(x(d.getXValue().doubleValue()) - at.getX(), y(d.getYValue().doubleValue()) - at.getY());
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = (TrendSeries.Point) d.getExtraValue();
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private void hover(MouseEvent e) {
        String text = hoverText.apply(localToAxes(e));
        if (text == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text);
        Node anchor = this;
        tooltip.show(anchor, e.getScreenX() + 14, e.getScreenY() + 14);
    }
}
