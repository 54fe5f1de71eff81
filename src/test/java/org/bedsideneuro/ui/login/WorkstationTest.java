package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.shell.AppWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
/** Log in, let the window lock by a fake clock, unlock, switch user. No test sleeps. */
@ExtendWith(ApplicationExtension.class)
class WorkstationTest {
    @TempDir
    Path dir;

    private final IdleLockTest.FakeClock clock = new IdleLockTest.FakeClock();
    private final FxRobot robot = new FxRobot();
    private Database db;
    private final WorkstationOnStage screen = new WorkstationOnStage();
    private Account ben;
    private Account ada;

    @BeforeEach
    void ward() throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), clock);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            ben = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
            ada = s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST), "ada-password".toCharArray(), false, it);
            s.patients().add(new Patient(new PatientId("MRN-1001"), "Amberley", "Ann", LocalDate.of(1950, 3, 2), Sex.FEMALE, "4B", "12"), ben.clinician());
            return null;
        });
        show(Workstation::showLogin);
    }

    private void show(Consumer<Workstation> start) throws TimeoutException {
        screen.show(1000, 700, scene -> new Workstation(scene, WardRecords.of(db), clock, Duration.ofMinutes(5), a -> new MainWindow(db, a.clinician(), clock)), start);
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
    }

    private void await() {
        screen.await();
    }

    private void logIn(String login, String password) {
        screen.logIn(login, password);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void logInLockByTheClockUnlockAndSwitchUserWithDraftsStayingWithTheirAuthor() throws TimeoutException {
        logIn("ben", "wrong-password");
        assertThat(text("#loginMessage")).isEqualTo("Login name or password not correct.");
        robot.clickOn("#loginName").eraseText(3);
        logIn("ben", "ben-password");
        assertThat(text("#loggedIn")).isEqualTo("Logged in: Nurse Ben Sample (nurse)");
        assertThat(robot.lookup("#wardTable").tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && n.isVisible()
                && l.getText() != null && l.getText().contains("Nurse Ben Sample")).queryAll())
                .as("who is logged in is said in one place").hasSize(1);
        AppWindow bensWindow = screen.workstation().window();
        // Ben is typing an observation: its draft is kept under his name (DraftKeeper does this as he types).
        Draft draft = Draft.start(ben.clinician().id(), new PatientId("MRN-1001"), "observation", null, clock.instant())
                .withFields(Map.of("note", "half typed"), clock.instant());
        db.write(s -> { s.drafts().save(draft); return null; });

        clock.advance(Duration.ofMinutes(5));
        FxTestSupport.onFx(() -> screen.workstation().idle().check());
        await();
        assertThat(text("#lockedBy")).isEqualTo("Locked. Nurse Ben Sample (nurse) was logged in.");
        assertThat(robot.lookup("#wardTable").tryQuery()).as("patient data hidden").isEmpty();

        robot.clickOn("#unlockPassword").write("ben-password");
        robot.clickOn("#unlockButton");
        await();
        assertThat(screen.workstation().window()).as("the same window, as he left it").isSameAs(bensWindow);
        assertThat(robot.lookup("#wardTable").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        await();
        assertThat(robot.lookup("#lockedBy").tryQuery()).as("Ctrl+L locks at once").isPresent();
        robot.clickOn("#switchUser");
        logIn("ada", "ada-password");
        assertThat(text("#loggedIn")).isEqualTo("Logged in: Dr Ada Testwell (neurologist)");
        assertThat(screen.workstation().window()).isNotSameAs(bensWindow);
        List<Draft> adas = db.read(s -> s.drafts().byAuthor(ada.clinician().id()));
        List<Draft> bens = db.read(s -> s.drafts().byAuthor(ben.clinician().id()));
        assertThat(adas).isEmpty();
        assertThat(bens).singleElement().satisfies(d -> assertThat(d.fields()).containsEntry("note", "half typed"));

        List<AccessEntry> log = db.read(s -> s.accessLog().find(null, null, null, null));
        assertThat(log).extracting(AccessEntry::action).containsSubsequence(AccessAction.LOGIN_FAILED, AccessAction.LOGIN, AccessAction.LOCK,
                AccessAction.UNLOCK, AccessAction.LOCK, AccessAction.LOGIN);
    }

    @Test
    void afterAResetTheNextLoginAsksForANewPasswordFirst() {
        db.write(s -> { s.accounts().resetPassword(new LoginName("ben"), "temporary-1".toCharArray(),
                s.clinicians().findOrCreate("os:it", Role.OTHER)); return null; });
        logIn("ben", "temporary-1");
        assertThat(robot.lookup("#wardTable").tryQuery()).as("no patient data before the change").isEmpty();
        robot.clickOn("#currentPassword").write("temporary-1");
        robot.clickOn("#newPassword").write("my-own-password");
        robot.clickOn("#repeatPassword").write("my-own-password");
        robot.clickOn("#changePassword");
        await();
        assertThat(text("#loggedIn")).isEqualTo("Logged in: Nurse Ben Sample (nurse)");
        Boolean matches = db.read(s -> s.accounts().passwordMatches(new LoginName("ben"), "my-own-password".toCharArray()));
        assertThat(matches).isTrue();
    }

    @Test
    void onAnEmptyDatabaseTheFirstStartCreatesTheFirstAdministrator() throws Exception {
        screen.close();
        db.close();
        db = Database.open(dir.resolve("empty.db"), clock);
        show(Workstation::showFirstAdministrator);
        robot.clickOn("#adminName").write("Dr Ada Testwell");
        robot.clickOn("#adminLogin").write("ada");
        robot.clickOn("#adminPassword").write("ada-password");
        robot.clickOn("#adminPasswordAgain").write("ada-password");
        FxTestSupport.onFx(() -> robot.lookup("#adminRoles").<ChoiceBox<String>>query().setValue("Administrator and neurologist"));
        robot.clickOn("#createAdministrator");
        await();
        assertThat(text("#loggedIn")).isEqualTo("Logged in: Dr Ada Testwell (neurologist)");
        Account stored = db.read(s -> s.accounts().find(new LoginName("ada"))).orElseThrow();
        assertThat(stored.rolesText()).isEqualTo("neurologist, administrator");
    }
}
