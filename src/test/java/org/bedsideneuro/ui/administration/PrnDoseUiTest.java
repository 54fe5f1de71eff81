package org.bedsideneuro.ui.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.ward.WardRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A nurse on a round logs a breakthrough dose: the ward list, D, Enter. Real SQLite, invented patients. */
class PrnDoseUiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final long TIMEOUT = 20;

    @TempDir
    Path dir;
    private Database db;
    private MainWindow window;
    private final MainWindowOnStage screen = new MainWindowOnStage();
    private final FxRobot robot = new FxRobot();
    private Patient bill;
    private MedicationOrder prn;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician nurse = ward.clinician("Nurse Example", Role.NURSE);
        Clinician neurologist = ward.clinician("Dr Example", Role.NEUROLOGIST);
        ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
        bill = ward.patient("MRN-1002", "Brook", "Bill", LocalDate.of(1961, 7, 9), "14", nurse);
        prn = new MedicationOrder(OrderId.random(), bill.id(), "oxycodone", new BigDecimal("5"), DoseUnit.MG, Route.ORAL, new BigDecimal("2"),
                OffsetDateTime.parse("2026-02-27T08:00:00Z"), null, "breakthrough", OrderKind.PRN, Indication.CANCER_PAIN, null);
        db.write(s -> {
            s.medications().add(prn, neurologist);
            return null;
        });
        window = screen.show(() -> new MainWindow(db, nurse, CLOCK), MainWindow::focusSearch);
        FxTestSupport.awaitQuiet(window.runner());
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
    }

    private List<Administration> doses() {
        return db.read(s -> s.administrations().current(bill.id()));
    }

    private void openFormFromTheWardList() throws TimeoutException {
        robot.clickOn("#wardSearch").write("brook").type(KeyCode.DOWN);
        TableView<WardRow> table = robot.lookup("#wardTable").queryTableView();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> table.getScene().getFocusOwner() == table);
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#prnDose").tryQuery()
                .map(n -> n.getScene().getFocusOwner() == n).orElse(false));
    }

    @Test
    void aPrnDoseIsLoggedFromTheWardListWithDAndEnter() throws TimeoutException {
        openFormFromTheWardList();
        assertThat(robot.lookup("#prnDose").queryTextInputControl().getText()).isEqualTo("5");
        assertThat(robot.lookup("#prnTime").queryTextInputControl().getText()).isEqualTo("10:00");
        assertThat(robot.lookup("#prnToday").queryLabeled().getText()).isEqualTo("0 given today of at most 2 a day");
        robot.targetWindow(robot.lookup("#prnDose").query().getScene().getWindow()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#prnDoseDialog").tryQuery().isEmpty());
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(doses()).singleElement().satisfies(a -> {
            assertThat(a.orderId()).isEqualTo(prn.id());
            assertThat(a.dose()).isEqualByComparingTo("5");
            assertThat(a.status()).isEqualTo(AdministrationStatus.GIVEN);
            assertThat(a.givenAt().toInstant()).isEqualTo(CLOCK.instant());
            assertThat(a.givenBy().displayName()).isEqualTo("Nurse Example");
        });
        assertThat(window.wardModel().noticeProperty().get().text()).contains("PRN dose given for Brook, Bill at 10:00");
    }

    @Test
    void aThirdDoseBeyondTheDailyMaximumIsRecordedOnlyWithANoteSayingWhy() throws TimeoutException {
        AdministrationStatus given = AdministrationStatus.GIVEN;
        for (String at : List.of("2026-03-01T02:00:00Z", "2026-03-01T06:00:00Z")) {
            db.write(s -> {
                s.administrations().record(new Administration(AdministrationId.random(), prn.id(), bill.id(),
                        OffsetDateTime.parse(at), null, new BigDecimal("5"), DoseUnit.MG, given, window.clinician(), ""), window.clinician());
                return null;
            });
        }
        openFormFromTheWardList();
        assertThat(robot.lookup("#prnToday").queryLabeled().getText()).isEqualTo("2 given today of at most 2 a day");
        var dialog = robot.lookup("#prnDose").query().getScene().getWindow();
        robot.targetWindow(dialog).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !robot.lookup("#prnMessage").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#prnMessage").queryLabeled().getText()).containsIgnoringCase("note");
        assertThat(doses()).as("nothing written").hasSize(2);
        robot.clickOn("#prnNote").write("pain 9/10 after dressing change, Dr Example informed");
        robot.targetWindow(dialog).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup("#prnDoseDialog").tryQuery().isEmpty());
        FxTestSupport.awaitQuiet(window.runner());
        assertThat(doses()).hasSize(3).anySatisfy(a -> assertThat(a.note()).contains("dressing change"));
    }
}
