package org.bedsideneuro.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.trend.TrendLanes;

/**
 * A heat strip: one compact row per finding and side, each value a cell to the next recording, coloured by how far
 * from normal it is (CSS strip-severity-0 to 3), with a dark notch on top where it is worse than baseline. Cells of
 * equal colour that follow each other are drawn as one shape, so five years stay a few hundred shapes. Opened, the
 * rows are taller and each cell wide enough says its value.
 */
final class StripLanePane extends LanePane {
    static final double ROW = 9;
    static final double MIN_ROW = 4;
    static final double OPEN_ROW = 17;
    private static final double LABEL_GUTTER = 122;

    private final TrendLanes.StripLane strip;
    private final Path[] severity = new Path[4];
    private final Path worse = new Path();
    private final List<Label> values = new ArrayList<>();
    private final List<Text> rowLabels = new ArrayList<>();
    /** Index of the row each row label stands for; a label of a left/right pair stands on its left row. */
    private final List<int[]> labelRows = new ArrayList<>();

    StripLanePane(TrendLanes.StripLane strip) {
        super(strip);
        this.strip = strip;
        for (int i = 0; i < severity.length; i++) {
            severity[i] = new Path();
            severity[i].getStyleClass().addAll("strip-cell", "strip-severity-" + i);
            plot.getChildren().add(severity[i]);
        }
        worse.getStyleClass().add("strip-worse");
        plot.getChildren().add(worse);
        List<TrendLanes.StripRow> rows = strip.rows();
        for (int i = 0; i < rows.size(); i++) {
            String label = rows.get(i).label();
            boolean sides = i + 1 < rows.size() && label.endsWith(" L") && rows.get(i + 1).label().equals(label.substring(0, label.length() - 2) + " R");
            // Rows are a few pixels tall: one label for two rows, "Ankle reflex L/R" or "Gait / Walking aid".
            boolean pair = sides || (i + 1 < rows.size() && !label.endsWith(" L") && !rows.get(i + 1).label().endsWith(" L"));
            Text text = new Text(sides ? label.substring(0, label.length() - 2) + " L/R" : pair ? label + " / " + rows.get(i + 1).label() : label);
            text.getStyleClass().add("trend-row-label");
            getChildren().add(text);
            rowLabels.add(text);
            labelRows.add(pair ? new int[] {i, i + 1} : new int[] {i});
            if (pair) {
                i++;
            }
        }
    }

    @Override double compactHeight() { return strip.rows().size() * ROW + 1; }
    @Override double compactMinHeight() { return strip.rows().size() * MIN_ROW + 1; }
    @Override double openedHeight() { return strip.rows().size() * OPEN_ROW + 1; }
    @Override boolean hasDetail() { return true; }

    @Override
    double titleWidth(double gutter) {
        return gutter - LABEL_GUTTER - OPENER - 10;
    }

    @Override
    String describe() {
        StringBuilder text = new StringBuilder(strip.title() + ", last recorded: ");
        for (TrendLanes.StripRow row : strip.rows()) {
            TrendLanes.Cell last = row.cells().get(row.cells().size() - 1);
            text.append(row.name()).append(' ').append(last.value()).append(last.worseThanBaseline() ? " (worse than baseline)" : "").append("; ");
        }
        return text.toString();
    }

    private double rowHeight(double height) {
        return (height - 1) / Math.max(1, strip.rows().size());
    }

    @Override
    void placeGutter(double gutter, double height) {
        double row = rowHeight(height);
        for (int i = 0; i < rowLabels.size(); i++) {
            Text text = rowLabels.get(i);
            int[] at = labelRows.get(i);
            double top = at[0] * row;
            double span = at.length * row;
            text.setVisible(true);
            text.setY(top + span / 2 + 4);
            text.setX(gutter - 4 - text.getLayoutBounds().getWidth());
        }
    }

    @Override
    void draw(LaneScale s, double height) {
        double row = rowHeight(height);
        for (Path p : severity) {
            p.getElements().clear();
        }
        worse.getElements().clear();
        plot.getChildren().removeAll(values);
        values.clear();
        boolean opened = opened() && row >= OPEN_ROW - 1;
        for (int r = 0; r < strip.rows().size(); r++) {
            double top = r * row + 0.5;
            double bottom = top + Math.max(1, row - 1);
            List<TrendLanes.Cell> cells = strip.rows().get(r).cells();
            int i = 0;
            while (i < cells.size()) {
                TrendLanes.Cell first = cells.get(i);
                int j = i;
                while (j + 1 < cells.size() && cells.get(j + 1).severity() == first.severity()
                        && cells.get(j + 1).worseThanBaseline() == first.worseThanBaseline()
                        && (!opened || cells.get(j + 1).value().equals(first.value()))) {
                    j++;
                }
                double left = s.px(first.startX());
                double right = Math.max(left + 1, s.px(cells.get(j).endX()));
                rect(severity[Math.max(0, Math.min(3, first.severity()))].getElements(), left, top, right, bottom);
                if (first.worseThanBaseline()) {
                    rect(worse.getElements(), left, top, right, top + Math.max(1.5, (bottom - top) * 0.3));
                }
                if (opened && right - left >= 22) {
                    Label value = new Label(first.value());
                    value.getStyleClass().add("strip-value");
                    value.setMouseTransparent(true);
                    value.resizeRelocate(left + 2, top, right - left - 3, bottom - top);
                    values.add(value);
                }
                i = j + 1;
            }
        }
        plot.getChildren().addAll(values);
    }

    private static void rect(List<PathElement> into, double left, double top, double right, double bottom) {
        into.add(new MoveTo(left, top));
        into.add(new LineTo(right, top));
        into.add(new LineTo(right, bottom));
        into.add(new LineTo(left, bottom));
        into.add(new ClosePath());
    }

    @Override
    Optional<ExamId> examAt(double px, double py) {
        int r = (int) Math.floor(py / rowHeight(plotHeight()));
        if (r < 0 || r >= strip.rows().size() || scale() == null) {
            return Optional.empty();
        }
        TrendLanes.Cell cell = strip.rows().get(r).at(scale().x(px));
        return cell == null ? Optional.empty() : Optional.of(cell.examId());
    }

    /** For tests: the row labels as drawn. */
    List<Text> rowLabels() {
        return List.copyOf(rowLabels);
    }

}
