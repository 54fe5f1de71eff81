package org.bedsideneuro.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Dark theme in the running app: the window turns dark at once, and this computer starts dark from then on. */
class DarkThemeUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws TimeoutException {
        stop();
        FxTestSupport.onFx(() -> Theme.use(Theme.Variant.LIGHT));
    }

    private void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    private Scene start(Path file, Path data) throws TimeoutException {
        LaunchSettings.Computer computer = new LaunchSettings.Computer(data.resolve(ComputerSettings.FILE_NAME), file, data.resolve("drafts"), null);
        BedsideNeuroApp.configure(new LaunchSettings(new DatabaseLocation.SqliteFile(file), CLOCK, null, null, null, computer));
        app = FxToolkit.setupApplication(BedsideNeuroApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#loginName").tryQuery().isPresent());
        return robot.lookup("#loginName").query().getScene();
    }

    @Test
    void theChoiceTurnsTheWindowDarkAtOnceAndIsKeptForTheNextStart() throws Exception {
        Path file = dir.resolve("ward.db");
        Path data = dir.resolve("data");
        try (Database db = Database.open(file, CLOCK)) {
            db.write(s -> {
                Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
                s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
                return null;
            });
        }
        Scene scene = start(file, data);
        assertThat(scene.getStylesheets()).doesNotContain(Theme.darkStylesheet());
        robot.clickOn("#loginName").write("ben");
        robot.clickOn("#loginPassword").write("ben-password");
        robot.clickOn("#loginButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#wardTable").tryQuery().isPresent());

        CheckMenuItem dark = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "settingsMenu".equals(m.getId())).flatMap(m -> m.getItems().stream())
                .filter(i -> "darkThemeMenuItem".equals(i.getId())).findFirst().orElseThrow();
        assertThat(dark.isSelected()).isFalse();
        FxTestSupport.onFx(() -> dark.setSelected(true)); // what choosing it in the menu does
        assertThat(scene.getStylesheets()).containsExactly(Theme.lightStylesheet(), Theme.darkStylesheet());
        assertThat(ComputerSettings.load(data.resolve(ComputerSettings.FILE_NAME)).darkTheme()).isTrue();

        stop();
        FxTestSupport.onFx(() -> Theme.use(Theme.Variant.LIGHT)); // as a new process would begin
        Scene next = start(file, data);
        assertThat(next.getStylesheets()).as("dark from the login screen on").contains(Theme.darkStylesheet());
        assertThat(robot.lookup(".menu-bar").tryQuery()).as("no menu before logging in").isEmpty();
    }
}
