package org.bedsideneuro.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.persistence.Database;
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
 * The whole app, as started from the command line, on a real database: a nurse has no File menu; the administrator
 * backs up, the ward changes, and the administrator restores that backup from the File menu and finds the ward as it
 * was at the backup, after logging in again. Only the system's file dialogs are replaced (they cannot run headless).
 */
class BackupUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;
    private Path file;
    private Path usb;

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
        BedsideNeuroApp.useBackupFileChooser(BackupFileChooser.system());
    }

    private void addPatient(Database db, String mrn, Clinician by) {
        db.write(s -> {
            s.patients().add(new Patient(new PatientId(mrn), "Sample", "Sam " + mrn, LocalDate.of(1960, 1, 1), Sex.OTHER, "4B", ""), by);
            return null;
        });
    }

    private void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void logIn(String login, String password) throws TimeoutException {
        await(() -> robot.lookup("#loginName").tryQuery().isPresent());
        robot.clickOn("#loginName").write(login);
        robot.clickOn("#loginPassword").write(password);
        robot.clickOn("#loginButton");
        await(() -> robot.lookup("#wardTable").tryQuery().isPresent());
    }

    private List<String> menus() {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText).toList();
    }

    private int wardRows() {
        return robot.lookup("#wardTable").queryAs(TableView.class).getItems().size();
    }

    @Test
    void theAdministratorBacksUpAndRestoresFromTheFileMenuAndANurseSeesNoSuchMenu() throws Exception {
        file = dir.resolve("ward.db");
        usb = dir.resolve("usb/ward-backup.db");
        Account[] nurse = new Account[1];
        try (Database db = Database.open(file, CLOCK)) {
            db.write(s -> {
                Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
                s.accounts().create("Ida Admin", new LoginName("ida"), EnumSet.of(AccountRole.ADMINISTRATOR), "ida-password".toCharArray(), false, it);
                nurse[0] = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
                return null;
            });
            addPatient(db, "SYN-1", nurse[0].clinician());
            addPatient(db, "SYN-2", nurse[0].clinician());
        }
        BedsideNeuroApp.useBackupFileChooser(new BackupFileChooser() {
            @Override
            public Path saveAs(Window owner, Path suggested) {
                assertThat(suggested.getFileName().toString()).isEqualTo("bedside-neuro-backup-2026-03-01.db");
                return usb;
            }

            @Override
            public Path open(Window owner, Path folder) {
                assertThat(folder).isEqualTo(Backups.folderFor(file));
                return usb;
            }
        });
        BedsideNeuroApp.configure(new LaunchSettings(file, CLOCK, null));
        app = FxToolkit.setupApplication(BedsideNeuroApp::new);

        // A nurse: no File menu at all.
        logIn("ben", "ben-password");
        assertThat(menus()).containsExactly("Session", "Settings");
        assertThat(robot.lookup("#automaticBackupFailure").tryQuery()).as("the failure line is there, hidden while all is well")
                .hasValueSatisfying(n -> assertThat(n.isVisible()).isFalse());

        // The administrator, from the lock screen.
        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        await(() -> robot.lookup("#switchUser").tryQuery().isPresent());
        robot.clickOn("#switchUser");
        logIn("ida", "ida-password");
        assertThat(menus()).containsExactly("File", "Session", "Settings", "Administration");
        await(() -> wardRows() == 2);

        robot.clickOn("File").clickOn("Back up now…");
        await(() -> robot.lookup("#backupNotice .notice-text").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Backup written to " + usb)).orElse(false));
        assertThat(Backups.verify(usb).counts()).containsEntry("patient", 2L);

        // The ward moves on (another laptop on the same database): a third patient, shown by the live updates.
        try (Database other = Database.open(file, CLOCK)) {
            addPatient(other, "SYN-3", nurse[0].clinician());
        }
        await(() -> wardRows() == 3);

        robot.clickOn("File").clickOn("Restore from backup…");
        await(() -> robot.lookup("#chooseBackupFile").tryQuery().isPresent());
        robot.clickOn("#chooseBackupFile");
        await(() -> robot.lookup("#confirmRestore").tryQuery().isPresent());
        Label question = robot.lookup("#confirmRestore .content").queryAs(Label.class);
        assertThat(question.getText()).startsWith("Restore the backup taken on ").contains("(2 patients, 0 exams and observations)");
        robot.clickOn("Restore this backup");

        // The app let go of the database, restored it, opened it again: log in again (the accounts are the backup's).
        await(() -> robot.lookup("#loginNote").tryQuery().isPresent());
        assertThat(robot.lookup("#loginNote").queryAs(Label.class).getText()).startsWith("Restored the backup taken on")
                .contains("The database as it was before is kept at " + file.toAbsolutePath() + ".before-restore-");
        logIn("ida", "ida-password");
        await(() -> wardRows() == 2);
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("ward.db.before-restore-")
                    && !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm")).findFirst().orElseThrow();
            assertThat(Backups.verify(aside).counts()).as("the ward before the restore, kept aside").containsEntry("patient", 3L);
        }
        Node table = robot.lookup("#wardTable").query();
        assertThat(table.isVisible()).isTrue();
    }
}
