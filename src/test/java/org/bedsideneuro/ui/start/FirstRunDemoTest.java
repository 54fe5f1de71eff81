package org.bedsideneuro.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bedsideneuro.app.DemoWardInstaller;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.BedsideNeuroApp;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.LaunchSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A newcomer's first start on a fresh data folder: the demo ward is one click away, in a database of its own, marked
 * DEMO; the ward's own database stays empty, and setting up the ward goes on to its first administrator.
 */
class FirstRunDemoTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private LaunchSettings.Computer computer() {
        return new LaunchSettings.Computer(data.resolve(ComputerSettings.FILE_NAME), ward(), data.resolve("drafts"), null);
    }

    private Path ward() {
        return data.resolve("bedside-neuro.db");
    }

    private void start(boolean demo) throws TimeoutException {
        LaunchSettings settings = new LaunchSettings(new DatabaseLocation.SqliteFile(ward()), CLOCK,
                (db, by) -> DemoWardInstaller.install(db, by, CLOCK), null, null, computer());
        BedsideNeuroApp.configure(demo ? settings.onDemo() : settings);
        app = FxToolkit.setupApplication(BedsideNeuroApp::new);
    }

    /** The node with this id on the screen now (a screen just replaced may still answer a lookup). */
    private Optional<Node> shown(String id) {
        return robot.lookup(id).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .findFirst();
    }

    private void waitFor(String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(id).isPresent());
    }

    private String title() {
        return Window.getWindows().stream().filter(Stage.class::isInstance).map(w -> ((Stage) w).getTitle()).findFirst().orElse("");
    }

    private void logIn(String login, String password) throws TimeoutException {
        robot.clickOn("#loginName").write(login);
        robot.clickOn("#loginPassword").write(password);
        robot.clickOn("#loginButton");
        waitFor("#wardTable");
    }

    private MenuItem menuItem(String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aFreshDataFolderOffersTheDemoWardInOneClickInADatabaseOfItsOwn() throws Exception {
        start(false);
        waitFor("#exploreDemo");
        FxTestSupport.onFx(() -> ((Button) shown("#exploreDemo").orElseThrow()).fire());
        waitFor("#demoAccounts");
        assertThat(title()).contains("DEMO");
        assertThat(robot.lookup("#demoAccounts").queryAs(Labeled.class).getText()).contains("demo-neuro / demo-neuro-1");

        Path demoFile = computer().demoDatabase();
        assertThat(demoFile).exists();
        assertThat(demoFile.getParent()).isNotEqualTo(ward().getParent()); // its automatic backups stay apart from the ward's

        logIn("demo-neuro", "demo-neuro-1");
        assertThat(title()).contains("DEMO").contains("Dr Demo Neurologist");
        assertThat(robot.lookup("#demoBanner").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#wardCount").queryAs(Labeled.class).getText().startsWith("11 "));

        // Back to the ward's own database: untouched by the demo, still asking to be set up.
        FxTestSupport.onFx(() -> menuItem("leaveDemo").fire());
        waitFor("#setUpWard");
        assertThat(title()).doesNotContain("DEMO");
        FxTestSupport.onFx(() -> ((Button) shown("#setUpWard").orElseThrow()).fire());
        waitFor("#adminName");
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Database ward = Database.open(ward(), CLOCK)) {
            assertThat(ward.<Long>read(s -> s.patients().count())).isZero();
            assertThat(ward.<Long>read(s -> s.accounts().count())).isZero();
            assertThat(ward.<Boolean>read(s -> s.accounts().holdsDemoAccounts())).isFalse();
        }
    }

    @Test
    void theDemoCanBeResetToAFreshWardDatedToday() throws Exception {
        start(true);
        waitFor("#demoAccounts");
        logIn("demo-nurse", "demo-nurse-1");
        try (Database demo = Database.open(computer().demoDatabase(), CLOCK)) {
            demo.write(s -> {
                s.patients().add(new Patient(new PatientId("TRY-1"),
                        "Tryout", "Tim", LocalDate.of(1950, 1, 1), Sex.MALE, "Neuro 4B", "11"),
                        s.clinicians().findOrCreate("Nurse Demo (fictional)", Role.NURSE));
                return null;
            });
        }
        FxTestSupport.onFx(() -> ((BedsideNeuroApp) app).resetDemoWard());
        waitFor("#demoAccounts");
        try (Database demo = Database.open(computer().demoDatabase(), CLOCK)) {
            assertThat(demo.<Long>read(s -> s.patients().count())).isEqualTo(DemoWard.generate(CLOCK).patients().size());
            assertThat(demo.<Boolean>read(s -> s.patients().find(new PatientId("TRY-1")).isPresent()))
                    .isFalse();
        }
        assertThat(Files.exists(ward())).as("the ward's database is not made by the demo").isFalse();
    }
}
