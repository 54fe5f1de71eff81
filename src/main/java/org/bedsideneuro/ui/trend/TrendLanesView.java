package org.bedsideneuro.ui.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TimeTicks;
import org.bedsideneuro.domain.trend.TrendLanes;

/**
 * The trend overview: every lane stacked on one time axis, fitted to the height it is given (each lane as tall as it
 * needs, shrunk towards its minimum when the screen is short), the dated axis pinned under the last lane, and one
 * crosshair through all lanes that follows the mouse or the Left and Right keys. Dragging across the axis zooms to
 * the days dragged over; dragging across the lanes pans; Shift with Left or Right pans by a quarter of the period.
 */
final class TrendLanesView extends Region {
    /** Left gutter for lane titles and row labels. */
    static final double GUTTER = 252;
    static final double AXIS = 22;
    static final double GAP = 3;
    private static final double RIGHT = 10;
    /** A drag shorter than this is a click. */
    private static final double DRAG = 5;

    private final TrendViewModel model;
    private final Consumer<Flag> openFlag;
    private final List<LanePane> lanes = new ArrayList<>();
    private final Group axis = new Group();
    private final Line crosshair = new Line();
    private final Rectangle selection = new Rectangle();
    private final Set<String> opened = new LinkedHashSet<>();
    private TrendLanes shown;
    private LaneScale scale;
    private double axisY;
    private Point2D pressedAt;

    TrendLanesView(TrendViewModel model, Consumer<Flag> openFlag, Set<String> initiallyOpened) {
        this.model = model;
        this.openFlag = openFlag;
        opened.addAll(initiallyOpened);
        setId("trendLanes");
        getStyleClass().add("trend-lanes");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Trend overview. Left and Right move the day read out; Shift with Left or Right moves the period.");
        axis.getStyleClass().add("trend-axis");
        axis.setId("trendAxis");
        crosshair.getStyleClass().add("trend-crosshair");
        crosshair.setMouseTransparent(true);
        crosshair.setVisible(false);
        selection.getStyleClass().add("trend-zoom-selection");
        selection.setMouseTransparent(true);
        selection.setVisible(false);
        getChildren().addAll(axis, crosshair, selection);
        model.crosshairDayProperty().addListener((obs, old, now) -> placeCrosshair());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressedAt = new Point2D(e.getX(), e.getY());
            requestFocus();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** Shows {@code lanes}: new lane nodes, laid out on the next pulse. */
    void show(TrendLanes lanesToShow) {
        shown = lanesToShow;
        getChildren().removeAll(this.lanes);
        this.lanes.clear();
        if (lanesToShow != null) {
            for (TrendLanes.Lane lane : lanesToShow.lanes()) {
                LanePane pane = pane(lane);
                pane.setOpened(opened.contains(lane.id()));
                pane.onOpenedChanged(() -> {
                    if (pane.opened()) {
                        opened.add(lane.id());
                    } else {
                        opened.remove(lane.id());
                    }
                    model.openedLanesChanged(Set.copyOf(opened));
                    requestLayout();
                });
                this.lanes.add(pane);
            }
        }
        getChildren().addAll(0, this.lanes);
        requestLayout();
    }

    private LanePane pane(TrendLanes.Lane lane) {
        if (lane instanceof TrendLanes.MmeLane mme) {
            return new MmeLanePane(mme);
        }
        if (lane instanceof TrendLanes.OrderLane orders) {
            return new OrderLanePane(orders);
        }
        if (lane instanceof TrendLanes.StripLane strip) {
            return new StripLanePane(strip);
        }
        if (lane instanceof TrendLanes.PointLane points) {
            return new PointLanePane(points);
        }
        return new FlagLanePane((TrendLanes.FlagLane) lane, openFlag);
    }

    @Override
    protected double computePrefHeight(double width) {
        return lanes.stream().mapToDouble(LanePane::prefLaneHeight).sum() + GAP * lanes.size() + AXIS;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0; // it fits itself into what it gets, shrinking lanes towards their minimum
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (shown == null || width <= GUTTER + RIGHT) {
            return;
        }
        scale = new LaneScale(shown.xFrom(), shown.xTo(), width - GUTTER - RIGHT);
        double[] heights = heights(height - AXIS - GAP * lanes.size());
        double y = 0;
        for (int i = 0; i < lanes.size(); i++) {
            LanePane lane = lanes.get(i);
            lane.place(scale, GUTTER, width, heights[i]);
            lane.relocate(0, y);
            y += heights[i] + GAP;
        }
        axisY = Math.min(y, height - AXIS);
        drawAxis(width);
        placeCrosshair();
    }

    /** Each lane's height: its preferred one when all fit, else each shrunk towards its minimum in proportion. */
    double[] heights(double available) {
        double[] heights = new double[lanes.size()];
        double pref = 0;
        double min = 0;
        for (LanePane lane : lanes) {
            pref += lane.prefLaneHeight();
            min += lane.minLaneHeight();
        }
        double shrink = pref <= available ? 0 : pref - min <= 0 ? 1 : Math.min(1, (pref - available) / (pref - min));
        for (int i = 0; i < lanes.size(); i++) {
            LanePane lane = lanes.get(i);
            heights[i] = Math.floor(lane.prefLaneHeight() - shrink * (lane.prefLaneHeight() - lane.minLaneHeight()));
        }
        return heights;
    }

    private void drawAxis(double width) {
        axis.getChildren().clear();
        Line base = new Line(GUTTER, axisY + 0.5, width - RIGHT, axisY + 0.5);
        base.getStyleClass().add("trend-axis-line");
        axis.getChildren().add(base);
        double lastRight = -1;
        for (TimeTicks.Tick tick : TimeTicks.of(shown.from(), shown.to())) {
            double x = GUTTER + scale.px(tick.x());
            Line mark = new Line(x, axisY, x, axisY + 5);
            mark.getStyleClass().add("trend-axis-tick");
            Text label = new Text(tick.label());
            label.getStyleClass().add("trend-axis-label");
            double labelWidth = label.getLayoutBounds().getWidth();
            double left = Math.min(width - RIGHT - labelWidth, Math.max(GUTTER, x - labelWidth / 2));
            axis.getChildren().add(mark);
            if (left > lastRight + 4) {
                label.setX(left);
                label.setY(axisY + 17);
                axis.getChildren().add(label);
                lastRight = left + labelWidth;
            }
        }
    }

    private void placeCrosshair() {
        LocalDate day = model.crosshairDayProperty().get();
        if (day == null || scale == null || shown == null || day.isBefore(shown.from()) || day.isAfter(shown.to())) {
            crosshair.setVisible(false);
            return;
        }
        double x = Math.round(GUTTER + scale.px(day.toEpochDay() + 0.5)) + 0.5;
        crosshair.setStartX(x);
        crosshair.setEndX(x);
        crosshair.setStartY(0);
        crosshair.setEndY(axisY);
        crosshair.setVisible(true);
    }

    /** The day at {@code x} in this view's coordinates, or null outside the plot. */
    LocalDate dayAt(double x) {
        if (scale == null || x < GUTTER || x > GUTTER + scale.width()) {
            return null;
        }
        return LocalDate.ofEpochDay((long) Math.floor(scale.x(x - GUTTER)));
    }

    /** The x (this view's coordinates) of the middle of {@code day}. */
    double xOf(LocalDate day) {
        return GUTTER + scale.px(day.toEpochDay() + 0.5);
    }

    private void moved(MouseEvent e) {
        LocalDate day = dayAt(e.getX());
        if (day != null && e.getY() <= axisY) {
            model.crosshairDayProperty().set(day);
        }
    }

    private boolean onAxis(double y) {
        return y >= axisY;
    }

    private void dragged(MouseEvent e) {
        if (pressedAt == null || scale == null) {
            return;
        }
        if (onAxis(pressedAt.getY())) {
            double left = Math.max(GUTTER, Math.min(pressedAt.getX(), e.getX()));
            double right = Math.min(GUTTER + scale.width(), Math.max(pressedAt.getX(), e.getX()));
            selection.setX(left);
            selection.setY(0);
            selection.setWidth(Math.max(0, right - left));
            selection.setHeight(axisY + AXIS);
            selection.setVisible(true);
        }
    }

    private void released(MouseEvent e) {
        Point2D from = pressedAt;
        pressedAt = null;
        selection.setVisible(false);
        if (from == null || scale == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double moved = e.getX() - from.getX();
        if (Math.abs(moved) >= DRAG) {
            if (onAxis(from.getY())) {
                LocalDate a = dayAt(Math.max(GUTTER, Math.min(GUTTER + scale.width() - 1, from.getX())));
                LocalDate b = dayAt(Math.max(GUTTER, Math.min(GUTTER + scale.width() - 1, e.getX())));
                if (a != null && b != null) {
                    model.zoomTo(a, b);
                }
            } else {
                model.panBy(-Math.round(moved / scale.pxPerDay()));
            }
            return;
        }
        for (LanePane lane : lanes) {
            Point2D local = lane.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (lane.getBoundsInLocal().contains(local) && local.getX() >= GUTTER) {
                lane.examAt(local.getX() - GUTTER, local.getY()).ifPresent(model::openExam);
                return;
            }
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT, RIGHT -> {
                int direction = e.getCode() == KeyCode.LEFT ? -1 : 1;
                if (e.isShiftDown()) {
                    long days = shown == null ? 0 : Math.max(1, (shown.to().toEpochDay() - shown.from().toEpochDay() + 1) / 4);
                    model.panBy(direction * days);
                } else {
                    model.moveCrosshair(direction);
                }
                e.consume();
            }
            default -> {
            }
        }
    }

    /** The lanes drawn, top to bottom. */
    List<LanePane> lanes() {
        return List.copyOf(lanes);
    }

    /** Where the time axis' line is (this view's coordinates): the lanes end above it. */
    double axisY() {
        return axisY;
    }

    /** The axis' date labels as drawn. */
    List<Text> axisLabels() {
        return axis.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    Line crosshair() {
        return crosshair;
    }
}
