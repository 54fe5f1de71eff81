package org.bedsideneuro.ui.trend;

import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.trend.TrendLanes;

/**
 * One lane of the trend overview: its title in the left gutter, its plot drawn from light shapes on the shared time
 * axis. A lane with nothing recorded in the period folds to one line that says so. A lane that has a detail view can
 * be opened (taller, with values written out) and closed again.
 */
abstract class LanePane extends Region {
    /** Height of a folded lane (one line of small text). */
    static final double FOLDED = 14;
    /** Width of the open/close button at the gutter's left. */
    static final double OPENER = 18;

    private final TrendLanes.Lane lane;
    private final Label title = new Label();
    private final Button opener = new Button();
    private final Label emptyText = new Label();
    /** The plot's shapes, in plot coordinates (0,0 = top left of the plot). */
    protected final Group plot = new Group();
    private final Rectangle clip = new Rectangle();
    private boolean opened;
    private LaneScale scale;
    private double plotHeight;
    private Runnable openedChanged = () -> { };

    LanePane(TrendLanes.Lane lane) {
        this.lane = lane;
        setId("lane-" + lane.id());
        getStyleClass().addAll("trend-lane", "trend-lane-" + lane.id());
        title.setText(lane.title());
        title.getStyleClass().add("trend-lane-title");
        title.setMinWidth(0);
        opener.getStyleClass().add("trend-lane-opener");
        opener.setFocusTraversable(false);
        opener.setOnAction(e -> setOpened(!opened));
        opener.setVisible(hasDetail() && !lane.empty());
        updateOpener();
        emptyText.setText(lane.emptyText());
        emptyText.getStyleClass().addAll("trend-lane-empty", "muted");
        plot.setClip(clip);
        plot.setManaged(false);
        getChildren().addAll(plot, title, opener, emptyText);
        emptyText.setVisible(lane.empty());
        plot.setVisible(!lane.empty());
        setAccessibleRole(AccessibleRole.TEXT);
        // The text is set once the subclass is built (describe() reads its fields): see place().
        if (lane.empty()) {
            getStyleClass().add("trend-lane-folded");
        }
    }

    TrendLanes.Lane lane() {
        return lane;
    }

    /** Whether this lane has a taller view with more detail. */
    boolean hasDetail() {
        return false;
    }

    boolean opened() {
        return opened;
    }

    void setOpened(boolean open) {
        if (open == opened || (!hasDetail() && open)) {
            return;
        }
        opened = open;
        updateOpener();
        openedChanged.run();
    }

    void onOpenedChanged(Runnable listener) {
        this.openedChanged = listener;
    }

    private void updateOpener() {
        opener.setText(opened ? "−" : "+");
        opener.setTooltip(new Tooltip(opened ? "Close the detail of " + lane.title() : "Open the detail of " + lane.title()));
        opener.setAccessibleText(opener.getTooltip().getText());
    }

    /** The height the lane asks for; {@link #minLaneHeight()} the least it can be drawn in. */
    final double prefLaneHeight() {
        return lane.empty() ? FOLDED : opened ? openedHeight() : compactHeight();
    }

    final double minLaneHeight() {
        return lane.empty() ? FOLDED : opened ? openedHeight() * 0.7 : Math.max(FOLDED, compactMinHeight());
    }

    abstract double compactHeight();

    abstract double compactMinHeight();

    double openedHeight() {
        return compactHeight() * 3;
    }

    /** Screen-reader text: what the lane shows in the period. */
    abstract String describe();

    /** Lays the lane out for the time axis {@code scale} with its plot starting at {@code gutter}. */
    void place(LaneScale laneScale, double gutter, double width, double height) {
        this.scale = laneScale;
        this.plotHeight = height;
        if (getAccessibleText() == null) {
            setAccessibleText(lane.empty() ? lane.emptyText() : describe());
        }
        resize(width, height);
        double titleWidth = titleWidth(gutter);
        title.resizeRelocate(OPENER + 6, -1, titleWidth, Math.min(height + 1, 16));
        placeGutter(gutter, height);
        opener.resizeRelocate(2, 0, OPENER, 16);
        emptyText.resizeRelocate(gutter, -1, width - gutter, FOLDED + 1);
        plot.setLayoutX(gutter);
        clip.setWidth(laneScale.width());
        clip.setHeight(height);
        if (!lane.empty()) {
            draw(laneScale, height);
        }
    }

    @Override
    protected void layoutChildren() {
        // place() does the layout: the lanes view knows the shared axis.
    }

    /** Width of the title in the gutter: all of it, less the opener; lanes with row labels keep room for them. */
    double titleWidth(double gutter) {
        return gutter - OPENER - 10;
    }

    /** Places what the lane writes in the gutter besides its title (row labels). */
    void placeGutter(double gutter, double height) {
    }

    /** Draws the plot's shapes for the axis and the lane's height (plot coordinates). */
    abstract void draw(LaneScale laneScale, double height);

    /** The exam behind the point at plot coordinates {@code px}, {@code py}, if any (a click opens it). */
    Optional<ExamId> examAt(double px, double py) {
        return Optional.empty();
    }

    LaneScale scale() {
        return scale;
    }

    double plotHeight() {
        return plotHeight;
    }
}
