package org.bedsideneuro.ui.trend;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendSeries;

/** The orders as labelled bars: opioids above, the other drugs below, one row per overlapping order. */
final class OrderLanePane extends LanePane {
    private static final double ROW = 13;
    private static final double MIN_ROW = 9;
    private final TrendLanes.OrderLane orders;
    private final List<Rectangle> rects = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<TrendSeries.Bar> bars = new ArrayList<>();

    OrderLanePane(TrendLanes.OrderLane orders) {
        super(orders);
        this.orders = orders;
        bars.addAll(orders.opioids());
        bars.addAll(orders.others());
        for (TrendSeries.Bar bar : bars) {
            boolean opioid = orders.opioids().contains(bar);
            Rectangle rect = new Rectangle();
            rect.getStyleClass().addAll("order-bar", opioid ? "order-bar-opioid" : "order-bar-adjuvant",
                    bar.counted() ? "order-bar-counted" : "order-bar-not-counted");
            Tooltip.install(rect, new Tooltip(bar.label() + (bar.running() ? "\nrunning" : "")));
            Label label = new Label(bar.label());
            label.getStyleClass().add("order-bar-label");
            label.setMouseTransparent(true);
            rects.add(rect);
            labels.add(label);
            plot.getChildren().addAll(rect, label);
        }
    }

    @Override double compactHeight() { return Math.max(1, orders.rows()) * ROW + 2; }
    @Override double compactMinHeight() { return Math.max(1, orders.rows()) * MIN_ROW + 2; }

    @Override
    String describe() {
        return orders.opioids().size() + " opioid orders and " + orders.others().size() + " other orders in the period: "
                + String.join("; ", bars.stream().map(TrendSeries.Bar::label).toList());
    }

    @Override
    void draw(LaneScale s, double height) {
        double row = (height - 2) / Math.max(1, orders.rows());
        for (int i = 0; i < bars.size(); i++) {
            TrendSeries.Bar bar = bars.get(i);
            double left = s.px(bar.startX());
            double top = 1 + orders.row(bar) * row;
            double width = Math.max(2, s.px(bar.endX()) - left);
            rects.get(i).setX(left);
            rects.get(i).setY(top + 1);
            rects.get(i).setWidth(width);
            rects.get(i).setHeight(Math.max(3, row - 2));
            labels.get(i).setVisible(row >= 10 && width > 30);
            labels.get(i).resizeRelocate(left + 3, top, Math.max(0, width - 5), row);
        }
    }
}
