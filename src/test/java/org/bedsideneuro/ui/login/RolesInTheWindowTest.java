package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.accounts.RoleChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window hides what a role cannot do: an administrator alone manages accounts and reads the
 * access log per patient and per user, and records nothing; a nurse never sees the administration; the lock time is
 * changed from Settings → Lock after…, saved for the computer and effective at once (point 3).
 */
@ExtendWith(ApplicationExtension.class)
class RolesInTheWindowTest {
    @TempDir
    Path dir;

    private final IdleLockTest.FakeClock clock = new IdleLockTest.FakeClock();
    private final FxRobot robot = new FxRobot();
    private final PatientId mrn = new PatientId("MRN-1001");
    private Database db;
    private final WorkstationOnStage screen = new WorkstationOnStage();
    private Path settingsFile;

    @BeforeEach
    void ward() throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), clock);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            Account ben = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
            s.accounts().create("Ivy Admin", new LoginName("ivy"), EnumSet.of(AccountRole.ADMINISTRATOR), "ivy-password".toCharArray(), false, it);
            s.patients().add(new Patient(mrn, "Amberley", "Ann", LocalDate.of(1950, 3, 2), Sex.FEMALE, "4B", "12"), ben.clinician());
            s.accessLog().record(ben.clinician(), AccessAction.OPEN_PATIENT, mrn, "patient page");
            return null;
        });
        settingsFile = dir.resolve("data").resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withLockMinutes(3).save(settingsFile);
        screen.show(1200, 800, scene -> new Workstation(scene, WardRecords.of(db), clock, LockSetting.load(settingsFile), a -> new MainWindow(db, a.clinician(), clock)),
                Workstation::showLogin);
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

    private Optional<MenuItem> menuItem(String menuId, String itemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst()
                .flatMap((Menu m) -> m.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst());
    }

    private boolean visible(String id) {
        Optional<Node> node = robot.lookup(id).tryQuery();
        return node.isPresent() && node.get().isVisible();
    }

    @Test
    void anAdministratorManagesAccountsAndReadsTheAccessLogButRecordsNothing() throws TimeoutException {
        logIn("ivy", "ivy-password");
        assertThat(visible("#wardTable")).isTrue();
        assertThat(visible("#addPatient")).as("registering patients is clinical").isFalse();
        assertThat(visible("#editPatient")).isFalse();
        assertThat(visible("#logObservationWard")).isFalse();
        FxTestSupport.onFx(() -> screen.workstation().window().openPatient(db.read(s -> s.patients().find(mrn)).orElseThrow()));
        await();
        for (String id : List.of("#newExam", "#signSelectedExam", "#logObservationPatient", "#orderAdd", "#examAmend", "#examSaveAndSign")) {
            assertThat(visible(id)).as(id).isFalse();
        }
        assertThat(visible("#patientSummary")).as("reading and printing are everyone's").isTrue();

        FxTestSupport.onFx(() -> menuItem("administrationMenu", "accountsMenuItem").orElseThrow().fire());
        await();
        TableView<Account> accounts = robot.lookup("#accountsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 2);

        robot.clickOn("#newAccountName").write("Dr Ada Testwell");
        robot.clickOn("#newAccountLogin").write("ada");
        FxTestSupport.onFx(() -> robot.lookup("#newAccountRoles").<ChoiceBox<RoleChoice>>query().setValue(RoleChoice.NEUROLOGIST));
        robot.clickOn("#newAccountPassword").write("first-password");
        robot.clickOn("#newAccountPasswordAgain").write("first-password");
        robot.clickOn("#newAccountAdd");
        await();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getItems().size() == 3);
        Account ada = db.read(s -> s.accounts().find(new LoginName("ada"))).orElseThrow();
        assertThat(ada.rolesText()).isEqualTo("neurologist");
        assertThat(ada.mustChangePassword()).as("a first password is changed at the first login").isTrue();

        FxTestSupport.onFx(() -> accounts.getSelectionModel().select(accounts.getItems().stream()
                .filter(a -> a.login().value().equals("ben")).findFirst().orElseThrow()));
        robot.clickOn("#accountResetPassword").write("temporary-1");
        robot.clickOn("#accountReset");
        await();
        Account ben = db.read(s -> s.accounts().find(new LoginName("ben"))).orElseThrow();
        assertThat(ben.mustChangePassword()).isTrue();
        Boolean temporaryWorks = db.read(s -> s.accounts().passwordMatches(new LoginName("ben"), "temporary-1".toCharArray()));
        assertThat(temporaryWorks).isTrue();
        FxTestSupport.onFx(() -> accounts.getSelectionModel().select(accounts.getItems().stream()
                .filter(a -> a.login().value().equals("ben")).findFirst().orElseThrow()));
        robot.clickOn("#accountDisable");
        await();
        assertThat(db.read(s -> s.accounts().find(new LoginName("ben"))).orElseThrow().disabled()).isTrue();
        FxTestSupport.onFx(() -> accounts.getSelectionModel().select(accounts.getItems().stream()
                .filter(a -> a.login().value().equals("ada")).findFirst().orElseThrow()));
        FxTestSupport.onFx(() -> robot.lookup("#accountRoles").<ChoiceBox<RoleChoice>>query()
                .setValue(RoleChoice.ADMINISTRATOR_NEUROLOGIST));
        robot.clickOn("#accountSetRoles");
        await();
        assertThat(db.read(s -> s.accounts().find(new LoginName("ada"))).orElseThrow().rolesText()).isEqualTo("neurologist, administrator");

        robot.clickOn("Access log");
        TableView<AccessEntry> log = robot.lookup("#accessLogTable").queryTableView();
        robot.clickOn("#accessLogPatient").write("MRN-1001");
        robot.clickOn("#accessLogShow");
        await();
        assertThat(log.getItems()).as("per patient").isNotEmpty().allSatisfy(e -> assertThat(e.patientId()).isEqualTo("MRN-1001"))
                .anySatisfy(e -> assertThat(e.login()).isEqualTo("ben"));
        robot.doubleClickOn("#accessLogPatient").eraseText(8);
        robot.clickOn("#accessLogUser").write("ivy");
        robot.clickOn("#accessLogShow");
        await();
        assertThat(log.getItems()).as("per user").isNotEmpty().allSatisfy(e -> assertThat(e.login()).isEqualTo("ivy"))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AccessAction.OPEN_PATIENT));
    }

    @Test
    void anAdministratorChoosesTheParenteralFactorsInPlaceOfTheWardAndGoesBack() throws TimeoutException {
        logIn("ivy", "ivy-password");
        FxTestSupport.onFx(() -> menuItem("administrationMenu", "mmeFactorsMenuItem").orElseThrow().fire());
        await();
        Label inForce = robot.lookup("#mmeFactorsInForce").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inForce.getText().endsWith("(never changed)"));
        assertThat(visible("#wardTable")).as("the screen is in place of the ward").isFalse();

        FxTestSupport.onFx(() -> robot.lookup("#mmeFactorsPreset").<ComboBox<ParenteralPreset>>query().setValue(ParenteralPreset.NCI_PDQ));
        assertThat(robot.lookup("#mmeFactorsChanges").<ListView<String>>query().getItems())
                .contains("hydromorphone iv: 20 MME per mg -> 15 MME per mg");
        robot.clickOn("#mmeFactorsSave");
        await();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inForce.getText().startsWith("parenteral factors: NCI PDQ, set "));
        assertThat(inForce.getText()).endsWith("by Ivy Admin");
        assertThat(db.read(s -> s.parenteralFactors().inForce()).preset()).contains(ParenteralPreset.NCI_PDQ);

        robot.clickOn("#mmeFactorsBack");
        await();
        assertThat(visible("#wardTable")).isTrue();
    }

    @Test
    void aNurseSeesNoAdministrationAndTheLockTimeIsChangedFromTheSettingsMenu() throws TimeoutException {
        logIn("ben", "ben-password");
        assertThat(menuItem("administrationMenu", "accountsMenuItem")).isEmpty();
        assertThat(menuItem("administrationMenu", "mmeFactorsMenuItem")).isEmpty();
        assertThat(visible("#addPatient")).isTrue();
        assertThat(visible("#logObservationWard")).isTrue();
        assertThat(screen.workstation().idle().timeout()).as("read from this computer's settings").isEqualTo(Duration.ofMinutes(3));

        FxTestSupport.onFx(() -> menuItem("settingsMenu", "lockAfterMenuItem").orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Spinner<?> minutes = robot.lookup("#lockMinutes").queryAs(Spinner.class);
        robot.doubleClickOn(minutes.getEditor()).eraseText(2).write("12");
        robot.clickOn("#lockSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ComputerSettings.load(settingsFile).lockMinutes()).isEqualTo(12);
        assertThat(screen.workstation().idle().timeout()).isEqualTo(Duration.ofMinutes(12));

        clock.advance(Duration.ofMinutes(11));
        FxTestSupport.onFx(() -> screen.workstation().idle().check());
        assertThat(robot.lookup("#lockedBy").tryQuery()).as("3 minutes no longer: 12 now").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        FxTestSupport.onFx(() -> screen.workstation().idle().check());
        await();
        assertThat(robot.lookup("#lockedBy").tryQuery()).isPresent();
    }
}
