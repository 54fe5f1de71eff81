package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.FlagGroups;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendReadout;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testing.DemoWardDatabase;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.ward.WardRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo ward's stories on the Trend tab at 1366x768, the commonest hospital laptop screen, with the flag banner
 * shown: every lane on screen without scrolling, dates visible, flag markers apart, the crosshair reading the domain.
 */
class TrendViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    /** A 1366x768 screen, less a title bar and a task bar: what a maximised window's scene gets. */
    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768 - 70;

    @TempDir
    Path dir;
    private Database db;
    private DemoWard ward;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        if (db != null) {
            db.close();
        }
    }

    private void openWard() throws TimeoutException {
        Path file = dir.resolve("ward.db");
        ward = DemoWardDatabase.create(file, CLOCK);
        db = Database.open(file, CLOCK);
        Clinician neurologist = ward.clinicians().get(0);
        window = screen.show(() -> new MainWindow(db, neurologist, CLOCK));
        Node wardTable = robot.lookup("#wardTable").query();
        FxTestSupport.onFx(() -> {
            Stage stage = (Stage) wardTable.getScene().getWindow();
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        FxTestSupport.awaitQuiet(window.runner());
    }

    private Patient patient(PatientId id) {
        return ward.patients().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private PatientCourse course(Patient p) {
        return db.read(s -> PatientCourse.of(p, s.exams().current(p.id()), s.medications().forPatient(p.id()),
                s.administrations().current(p.id()), s.parenteralFactors().inForce().table(), ZoneOffset.UTC, LocalDate.of(2026, 3, 1)));
    }

    private TrendView openTrend(Patient p, String period) throws TimeoutException {
        robot.clickOn("#wardSearch").write(p.id().value());
        robot.type(KeyCode.ENTER);
        FxTestSupport.awaitQuiet(window.runner());
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> l.getText().equals("Trend")).queryAs(Label.class));
        robot.clickOn(period);
        FxTestSupport.awaitQuiet(window.runner());
        TrendView view = robot.lookup("#trendView").queryAs(TrendView.class);
        waitFor(() -> !view.lanesView().lanes().isEmpty() && view.lanesView().lanes().get(0).getHeight() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static Bounds sceneBounds(Node node) {
        return FxTestSupport.onFx(() -> node.localToScene(node.getBoundsInLocal()));
    }

    private static Bounds visibleArea(Node node) {
        Scene scene = node.getScene();
        return new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
    }

    @Test
    void almasStoryFitsOneLaptopScreenWithTheBannerShownAndTheCrosshairReadsTheDomain() throws TimeoutException {
        openWard();
        Patient alma = patient(DemoWard.OIN_STORY);
        PatientCourse course = course(alma);

        // The ward's Flags column counts the story's recent flags from the same course.
        TableView<WardRow> wardTable = robot.lookup("#wardTable").queryTableView();
        assertThat(wardTable.getColumns()).anySatisfy(c -> assertThat(c.getText()).isEqualTo("Flags (7 d)"));
        // The column reads its records after the first frame (MainWindow's afterNextPulse): wait for that read.
        waitFor(() -> window.wardFlags().recent().containsKey(alma.id()));
        assertThat(window.wardFlags().recent().get(alma.id()))
                .isEqualTo(course.flagsBetween(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1)));

        TrendView view = openTrend(alma, "#period-ALL");
        assertThat(robot.lookup("#flagBanner").query().isVisible()).as("the banner is shown").isTrue();
        assertThat(robot.lookup(".flag-banner-line").queryAll()).hasSizeLessThanOrEqualTo(FlagBanner.SHOWN).isNotEmpty();
        Bounds screenArea = visibleArea(view);
        assertThat(screenArea.getWidth()).isEqualTo(WIDTH);

        // One screen: every lane inside the visible area, none squeezed to nothing, in the ward round's order.
        List<LanePane> lanes = view.lanesView().lanes();
        assertThat(lanes).extracting(l -> l.lane().id())
                .containsExactly("mme", "orders", "strength", "reflexes", "gait", "jerkRate", "sedation", "egfr", "pain", "flags");
        double axisY = FxTestSupport.onFx(() -> view.lanesView().localToScene(0, view.lanesView().axisY()).getY());
        for (LanePane lane : lanes) {
            Bounds b = sceneBounds(lane);
            assertThat(screenArea.contains(b)).as(lane.lane().id() + " " + b + " inside " + screenArea).isTrue();
            assertThat(b.getMaxY()).as(lane.lane().id() + " above the dates").isLessThanOrEqualTo(axisY + 0.5);
            assertThat(b.getHeight()).as(lane.lane().id()).isGreaterThanOrEqualTo(lane.minLaneHeight() - 1);
        }

        // Dates always visible: the axis labels lie on screen, below the last lane.
        List<Bounds> labels = FxTestSupport.onFx(() -> view.lanesView().axisLabels().stream()
                .filter(Text::isVisible).map(t -> t.localToScene(t.getBoundsInLocal())).toList());
        assertThat(labels).hasSizeGreaterThanOrEqualTo(3);
        Bounds lastLane = sceneBounds(lanes.get(lanes.size() - 1));
        for (Bounds b : labels) {
            assertThat(screenArea.contains(b)).as(b + " on screen").isTrue();
            assertThat(b.getMinY()).isGreaterThanOrEqualTo(lastLane.getMaxY());
        }

        // Flag markers never overlap; every flag of the period is in one of them.
        List<Label> markers = view.flagMarkers();
        assertNoneOverlap(markers);
        assertThat(markers.stream().mapToInt(m -> ((FlagGroups.Group) m.getUserData()).count()).sum())
                .isEqualTo(FxTestSupport.onFx(() -> window.trendModel().lanesProperty().get().flags().size()));
        assertThat(markers).allSatisfy(m -> assertThat(m.getAccessibleText()).startsWith(
                ((FlagGroups.Group) m.getUserData()).count() == 1 ? "Flag: " : ((FlagGroups.Group) m.getUserData()).count() + " flags: "));

        // The crosshair on the day myoclonus rose with the dose reads what the domain says for that day.
        Flag rising = course.flags().stream().filter(f -> f.code() == FlagCode.MYOCLONUS_RISING_WITH_MME).findFirst().orElseThrow();
        TrendLanesView lanesView = view.lanesView();
        double x = FxTestSupport.onFx(() -> lanesView.xOf(rising.date()));
        Bounds mmeLane = sceneBounds(lanes.get(0));
        robot.moveTo(new Point2D(lanesView.localToScreen(x, 0).getX(), mmeLane.getCenterY()
                + lanesView.localToScreen(0, 0).getY() - sceneBounds(lanesView).getMinY()));
        waitFor(() -> rising.date().equals(window.trendModel().crosshairDayProperty().get()));
        TrendReadout shown = FxTestSupport.onFx(() -> window.trendModel().readoutProperty().get());
        TrendLanes lanesShown = FxTestSupport.onFx(() -> window.trendModel().lanesProperty().get());
        TrendReadout expected = TrendReadout.of(rising.date(), lanesShown, course);
        assertThat(shown.mme().mme()).isEqualByComparingTo(course.mmeOn(rising.date()).mme());
        assertThat(shown.values()).isEqualTo(expected.values()).isNotEmpty();
        assertThat(shown.flags()).contains(rising);
        assertThat(shown.values()).anySatisfy(v -> assertThat(v.laneId()).isEqualTo("jerkRate"));
        Label mmeText = robot.lookup("#readoutMme").queryAs(Label.class);
        assertThat(mmeText.getText()).isEqualTo(course.mmeOn(rising.date()).mme().stripTrailingZeros().toPlainString() + " MME/day");
        assertThat(robot.lookup(".trend-readout-value").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(expected.values().stream().map(v -> v.row() + ": " + v.value()
                        + (v.worseThanBaseline() ? " ▼ worse than baseline" : "")).toList());
        assertThat(lanesView.crosshair().isVisible()).isTrue();
        // The arrow keys move it a day.
        FxTestSupport.onFx(lanesView::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertThat(FxTestSupport.onFx(() -> window.trendModel().crosshairDayProperty().get())).isEqualTo(rising.date().plusDays(1));

        // A click on a flag marker opens (the markers read afresh: the readout beside may have changed the width) the exam behind its newest flag in the History tab.
        Label marker = view.flagMarkers().stream().filter(m -> ((FlagGroups.Group) m.getUserData()).flags().contains(rising)).findFirst().orElseThrow();
        Flag newest = ((FlagGroups.Group) marker.getUserData()).flags().get(((FlagGroups.Group) marker.getUserData()).count() - 1);
        robot.clickOn(marker);
        FxTestSupport.awaitQuiet(window.runner());
        TabPane tabs = window.patientView().tabs();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("historyTab");
        assertThat(window.patientModel().selectedProperty().get().recorded().exam().id())
                .isEqualTo(newest.examIds().get(newest.examIds().size() - 1));
    }

    @Test
    void brunosThirtyFlagsGroupIntoMarkersThatNeverOverlapAndHisEmptyJerkLaneFolds() throws TimeoutException {
        openWard();
        Patient bruno = patient(DemoWard.NEUROPATHY_STORY);
        TrendView view = openTrend(bruno, "#period-ALL");
        Bounds screenArea = visibleArea(view);
        List<LanePane> lanes = view.lanesView().lanes();
        assertThat(lanes).extracting(l -> l.lane().id()).contains("ncs");
        double axisY = FxTestSupport.onFx(() -> view.lanesView().localToScene(0, view.lanesView().axisY()).getY());
        for (LanePane lane : lanes) {
            assertThat(screenArea.contains(sceneBounds(lane))).as(lane.lane().id()).isTrue();
            assertThat(sceneBounds(lane).getMaxY()).as(lane.lane().id() + " above the dates").isLessThanOrEqualTo(axisY + 0.5);
        }
        LanePane jerks = lanes.stream().filter(l -> l.lane().id().equals("jerkRate")).findFirst().orElseThrow();
        assertThat(jerks.lane().empty()).isTrue();
        assertThat(jerks.getHeight()).as("folded to one line").isEqualTo(LanePane.FOLDED);
        assertThat(robot.from(jerks).lookup(".trend-lane-empty").queryAs(Label.class).getText()).isEqualTo("No jerk rate recorded in this period");
        assertThat(jerks.getAccessibleText()).isEqualTo("No jerk rate recorded in this period");

        // "and 28 more" opens the rest in a short list of its own; the lanes still fit, the dates still show.
        assertThat(robot.lookup(".flag-banner-line").queryAll()).hasSize(FlagBanner.SHOWN);
        robot.clickOn("#flagBannerMore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".flag-banner-line").queryAll()).hasSize(window.trendModel().flagLines().size());
        for (LanePane lane : view.lanesView().lanes()) {
            assertThat(screenArea.contains(sceneBounds(lane))).as(lane.lane().id() + " with every flag listed").isTrue();
        }
        robot.clickOn("#flagBannerMore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".flag-banner-line").queryAll()).hasSize(FlagBanner.SHOWN);

        List<Label> markers = view.flagMarkers();
        int flags = FxTestSupport.onFx(() -> window.trendModel().lanesProperty().get().flags().size());
        assertThat(flags).isGreaterThan(20);
        assertThat(markers.size()).as("grouped").isLessThan(flags);
        assertNoneOverlap(markers);
        for (Label m : markers) {
            assertThat(screenArea.contains(sceneBounds(m))).isTrue();
        }

        // A lane opens into its detail and closes again; the choice is the view model's to keep.
        LanePane strength = lanes.stream().filter(l -> l.lane().id().equals("strength")).findFirst().orElseThrow();
        double compact = strength.getHeight();
        FxTestSupport.onFx(() -> strength.setOpened(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(strength.getHeight()).isGreaterThan(compact);
        assertThat(FxTestSupport.onFx(() -> window.trendModel().openedLanes())).containsExactly("strength");
        FxTestSupport.onFx(() -> strength.setOpened(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(strength.getHeight()).isEqualTo(compact);
    }

    private static void assertNoneOverlap(List<Label> markers) {
        assertThat(markers).isNotEmpty();
        List<Bounds> bounds = markers.stream().map(TrendViewTest::sceneBounds).toList();
        for (int i = 0; i < bounds.size(); i++) {
            assertThat(bounds.get(i).getWidth()).isPositive();
            for (int j = i + 1; j < bounds.size(); j++) {
                assertThat(bounds.get(i).intersects(bounds.get(j))).as(markers.get(i).getText() + " and " + markers.get(j).getText()).isFalse();
            }
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxTestSupport.onFx(condition));
    }
}
