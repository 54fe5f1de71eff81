package org.bedsideneuro.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendSeries;

/**
 * Numeric values (jerk rate, eGFR, pain, nerve conduction) as points joined by a thin line, one colour per line
 * (CSS trend-line-n), the scale's top written at the right. Opened, the lane is taller and each point says its value
 * when there are few enough to read.
 */
final class PointLanePane extends LanePane {
    /** Pixels within which a click is "on" a point. */
    private static final double HIT = 8;
    /** Opened, values are written beside the points up to this many points. */
    private static final int LABELLED_POINTS = 60;
    private final TrendLanes.PointLane lane;
    private final List<Path> lines = new ArrayList<>();
    private final List<Path> dots = new ArrayList<>();
    private final List<Text> values = new ArrayList<>();
    private final Text top = new Text();

    PointLanePane(TrendLanes.PointLane lane) {
        super(lane);
        this.lane = lane;
        for (int i = 0; i < lane.lines().size(); i++) {
            Path line = new Path();
            line.getStyleClass().addAll("trend-point-line", "trend-line-" + i % 8);
            Path dot = new Path();
            dot.getStyleClass().addAll("trend-point", "trend-line-" + i % 8);
            lines.add(line);
            dots.add(dot);
            plot.getChildren().addAll(line, dot);
        }
        top.getStyleClass().add("trend-lane-scale");
        plot.getChildren().add(top);
    }

    @Override double compactHeight() { return 34; }
    @Override double compactMinHeight() { return 22; }
    @Override double openedHeight() { return 120; }
    @Override boolean hasDetail() { return true; }

    @Override
    String describe() {
        double max = lane.readings().stream().mapToDouble(TrendLanes.Reading::y).max().orElse(0);
        return lane.title() + ": " + lane.readings().size() + " values in the period, highest " + TrendFormat.number(max) + " " + lane.unit();
    }

    @Override
    void draw(LaneScale s, double height) {
        plot.getChildren().removeAll(values);
        values.clear();
        boolean label = opened() && lane.lines().stream().mapToInt(l -> l.points().size()).sum() <= LABELLED_POINTS;
        for (int i = 0; i < lane.lines().size(); i++) {
            TrendSeries.Line line = lane.lines().get(i);
            Path path = lines.get(i);
            Path dot = dots.get(i);
            path.getElements().clear();
            dot.getElements().clear();
            boolean first = true;
            for (TrendSeries.Point p : line.points()) {
                double x = s.px(p.x());
                double y = y(p.y(), height);
                path.getElements().add(first ? new MoveTo(x, y) : new LineTo(x, y));
                first = false;
                dot.getElements().addAll(new MoveTo(x - 1.5, y - 1.5), new LineTo(x + 1.5, y - 1.5), new LineTo(x + 1.5, y + 1.5),
                        new LineTo(x - 1.5, y + 1.5), new LineTo(x - 1.5, y - 1.5));
                if (label) {
                    Text value = new Text(x + 3, y - 3, TrendFormat.number(p.y()));
                    value.getStyleClass().add("trend-point-value");
                    values.add(value);
                }
            }
        }
        plot.getChildren().addAll(values);
        top.setText(TrendFormat.number(lane.yMax()) + " " + lane.unit());
        top.setX(s.width() - top.getLayoutBounds().getWidth() - 4);
        top.setY(11);
    }

    private double y(double value, double height) {
        return height - 2 - value / lane.yMax() * (height - 6);
    }

    @Override
    Optional<ExamId> examAt(double px, double py) {
        if (scale() == null) {
            return Optional.empty();
        }
        TrendLanes.Reading best = null;
        double bestDistance = HIT;
        for (TrendLanes.Reading r : lane.readings()) {
            double distance = Math.hypot(scale().px(r.x()) - px, y(r.y(), plotHeight()) - py);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = r;
            }
        }
        return Optional.ofNullable(best).map(TrendLanes.Reading::examId);
    }
}
