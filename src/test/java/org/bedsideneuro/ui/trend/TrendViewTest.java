package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.PatientCourse;
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

/** The demo ward's OIN story on the Trend tab, as a neurologist would open it. */
class TrendViewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
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

    @Test
    void trendViewShowsTheOinFlagOnTheRightDay() throws TimeoutException {
        Path file = dir.resolve("ward.db");
        DemoWard ward = DemoWardDatabase.create(file, CLOCK);
        db = Database.open(file, CLOCK);
        Clinician neurologist = ward.clinicians().get(0);
        window = screen.show(() -> new MainWindow(db, neurologist, CLOCK));
        FxTestSupport.awaitQuiet(window.runner());

        // The ward's Flags column counts the OIN story's recent flags, if any, from the same course.
        Patient oin = ward.patients().stream().filter(p -> p.id().equals(DemoWard.OIN_STORY)).findFirst().orElseThrow();
        PatientCourse course = db.read(s -> TrendViewModel.course(oin, s.exams().current(oin.id()),
                s.medications().forPatient(oin.id()), ZoneOffset.UTC, LocalDate.of(2026, 3, 1)));
        TableView<WardRow> wardTable = robot.lookup("#wardTable").queryTableView();
        assertThat(wardTable.getColumns()).anySatisfy(c -> assertThat(c.getText()).isEqualTo("Flags (7 d)"));
        assertThat(window.wardFlags().recent().get(oin.id()))
                .isEqualTo(course.flagsBetween(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 1)));

        robot.clickOn("#wardSearch").write(oin.id().value());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(window.trendModel().flagLines()).isNotEmpty();
        assertThat(robot.lookup("#flagBanner").query().isVisible()).isTrue();
        // "Hide" folds the banner to its title, a reload of the same flags keeps it folded, "Show" brings the lines back.
        FlagBanner banner = robot.lookup("#flagBanner").queryAs(FlagBanner.class);
        int lines = robot.lookup(".flag-banner-line").queryAll().size();
        assertThat(lines).isPositive();
        robot.clickOn("#flagBannerToggle");
        assertThat(banner.linesShown()).isFalse();
        assertThat(robot.lookup(".flag-banner-line").queryAll()).isEmpty();
        assertThat(robot.lookup(".flag-banner-title").queryAs(Label.class).getText()).endsWith("newest first, hidden.");
        FxTestSupport.onFx(() -> window.trendModel().refresh());
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(robot.lookup(".flag-banner-line").queryAll()).as("the same flags reloaded").isEmpty();
        robot.clickOn("#flagBannerToggle");
        assertThat(robot.lookup(".flag-banner-line").queryAll()).hasSize(lines);

        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> l.getText().equals("Trend")).queryAs(Label.class));
        robot.clickOn("#period-ALL");
        FxTestSupport.awaitQuiet(window.runner());
        TrendView view = robot.lookup("#trendView").queryAs(TrendView.class);
        waitFor(() -> !view.flagMarkers().isEmpty() && view.flagMarkers().get(0).getWidth() > 0);

        Flag oinFlag = course.flags().stream().filter(f -> f.code() == FlagCode.MYOCLONUS_RISING_WITH_MME).findFirst().orElseThrow();
        Label marker = view.flagMarkers().stream().filter(m -> ((Flag) m.getUserData()).code() == FlagCode.MYOCLONUS_RISING_WITH_MME)
                .findFirst().orElseThrow();
        Flag shown = (Flag) marker.getUserData();
        assertThat(shown.date()).isEqualTo(oinFlag.date());
        assertThat(marker.isVisible()).isTrue();
        // On the right day: the marker's centre sits on the middle of that day on the shared time axis.
        TrendChart mme = view.charts().get(0);
        double expectedX = FxTestSupport.onFx(() -> mme.timeAxis().localToScene(
                mme.timeAxis().getDisplayPosition(oinFlag.date().toEpochDay() + 0.5), 0).getX());
        Bounds markerBounds = FxTestSupport.onFx(() -> marker.localToScene(marker.getBoundsInLocal()));
        assertThat(markerBounds.getCenterX()).isCloseTo(expectedX, org.assertj.core.data.Offset.offset(1.5));
        for (FlagCode code : List.of(FlagCode.MYOCLONUS_NEW, FlagCode.OIN_WARNING_SIGNS)) {
            assertThat(view.flagMarkers()).extracting(m -> (Flag) m.getUserData())
                    .filteredOn(f -> f.code() == code).extracting(Flag::date)
                    .containsExactlyElementsOf(course.flags().stream().filter(f -> f.code() == code).map(Flag::date).toList());
        }

        // One time axis: every panel has the same x range and its plot area starts at the same x on screen.
        List<TrendChart> charts = view.charts();
        assertThat(charts).hasSizeGreaterThanOrEqualTo(8);
        double left = FxTestSupport.onFx(() -> charts.get(0).timeAxis().localToScene(0, 0).getX());
        for (TrendChart chart : charts) {
            assertThat(chart.timeAxis().getLowerBound()).isEqualTo(charts.get(0).timeAxis().getLowerBound());
            assertThat(chart.timeAxis().getUpperBound()).isEqualTo(charts.get(0).timeAxis().getUpperBound());
            assertThat(FxTestSupport.onFx(() -> chart.timeAxis().localToScene(0, 0).getX()))
                    .isCloseTo(left, org.assertj.core.data.Offset.offset(0.5));
        }

        // A click on the marker opens the exam behind the flag in the History tab.
        robot.clickOn(marker);
        FxTestSupport.awaitQuiet(window.runner());
        TabPane tabs = window.patientView().tabs();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("historyTab");
        assertThat(window.patientModel().selectedProperty().get().recorded().exam().id())
                .isEqualTo(oinFlag.examIds().get(oinFlag.examIds().size() - 1));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxTestSupport.onFx(condition));
    }

}
