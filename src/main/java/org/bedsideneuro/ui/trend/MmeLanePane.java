package org.bedsideneuro.ui.trend;

import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendSeries;

/** The daily MME as a filled step area, the infusions' part as a dashed step, PRN doses as ticks along the bottom. */
final class MmeLanePane extends LanePane {
    private final TrendLanes.MmeLane mme;
    private final Path area = new Path();
    private final Path infusions = new Path();
    private final Path prn = new Path();
    private final Text top = new Text();

    MmeLanePane(TrendLanes.MmeLane mme) {
        super(mme);
        this.mme = mme;
        area.getStyleClass().add("mme-area");
        infusions.getStyleClass().add("infusion-step");
        prn.getStyleClass().add("prn-dose-mark");
        top.getStyleClass().add("trend-lane-scale");
        plot.getChildren().addAll(area, prn, infusions, top);
    }

    @Override double compactHeight() { return 64; }
    @Override double compactMinHeight() { return 40; }
    @Override boolean hasDetail() { return true; }

    @Override
    String describe() {
        return "Daily MME from " + mme.steps().stream().mapToDouble(TrendSeries.Step::mme).min().orElse(0) + " to "
                + mme.steps().stream().mapToDouble(TrendSeries.Step::mme).max().orElse(0) + " in the period; "
                + mme.prnDoses().stream().mapToInt(TrendSeries.DoseMark::doses).sum() + " PRN doses given";
    }

    @Override
    void draw(LaneScale s, double height) {
        double bottom = height - 1;
        double usable = height - 4;
        area.getElements().clear();
        if (!mme.steps().isEmpty()) {
            area.getElements().add(new MoveTo(s.px(mme.steps().get(0).startX()), bottom));
            for (TrendSeries.Step step : mme.steps()) {
                double y = bottom - step.mme() / mme.yMax() * usable;
                area.getElements().add(new LineTo(s.px(step.startX()), y));
                area.getElements().add(new LineTo(s.px(step.endX()), y));
            }
            area.getElements().add(new LineTo(s.px(mme.steps().get(mme.steps().size() - 1).endX()), bottom));
            area.getElements().add(new ClosePath());
        }
        infusions.getElements().clear();
        boolean first = true;
        for (TrendSeries.Step step : mme.infusions()) {
            double y = bottom - step.mme() / mme.yMax() * usable;
            infusions.getElements().add(first ? new MoveTo(s.px(step.startX()), y) : new LineTo(s.px(step.startX()), y));
            infusions.getElements().add(new LineTo(s.px(step.endX()), y));
            first = false;
        }
        prn.getElements().clear();
        int most = mme.prnDoses().stream().mapToInt(TrendSeries.DoseMark::doses).max().orElse(1);
        for (TrendSeries.DoseMark mark : mme.prnDoses()) {
            double left = s.px(mark.startX());
            double width = Math.max(2, (s.px(mark.endX()) - left) * 0.6);
            double tall = Math.max(3, usable * 0.3 * mark.doses() / most);
            double x = left + (s.px(mark.endX()) - left - width) / 2;
            prn.getElements().addAll(new MoveTo(x, bottom), new LineTo(x + width, bottom), new LineTo(x + width, bottom - tall),
                    new LineTo(x, bottom - tall), new ClosePath());
        }
        top.setText(format(mme.yMax()) + " MME/day");
        top.setX(s.width() - top.getLayoutBounds().getWidth() - 4);
        top.setY(11);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
