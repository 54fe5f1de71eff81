package org.bedsideneuro.ui.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.MainWindow;
import org.bedsideneuro.ui.MainWindowOnStage;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.FieldValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The add/edit dialog as a clinician meets it: messages next to the fields, nothing saved until all is well. */
class PatientFormDialogTest {
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

    @BeforeEach
    void ward() throws TimeoutException {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician nurse = ward.clinician("Nurse Example", Role.NURSE);
        ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
        window = screen.show(() -> new MainWindow(db, nurse, CLOCK));
        FxTestSupport.awaitQuiet(window.runner());
    }

    @AfterEach
    void close() throws TimeoutException {
        screen.close();
        db.close();
    }

    @Test
    void aNewPatientWithoutFamilyNameIsNotSavedAndTheFieldSaysWhy() {
        robot.clickOn("#addPatient");
        robot.clickOn("#formMrn").write("MRN-3001");
        robot.clickOn("#formSave");
        FxTestSupport.awaitQuiet(window.runner());

        assertThat(robot.lookup("#formFamilyNameError").queryAs(Label.class).getText()).isEqualTo("Family name: required");
        assertThat(robot.lookup("#formBirthDateError").queryAs(Label.class).getText()).isEqualTo("Birth date: required");
        assertThat(robot.lookup("#patientFormDialog").tryQuery()).as("dialog stays open").isPresent();
        TextField familyName = robot.lookup("#formFamilyName").queryAs(TextField.class);
        assertThat(FieldValidation.isMarked(familyName)).as("the refused field is marked").isTrue();
        assertThat(FieldValidation.isMarked(robot.lookup("#formMrn").queryAs(TextField.class))).isFalse();

        robot.clickOn("#formFamilyName").write("Dunmore");
        assertThat(robot.lookup("#formFamilyNameError").queryAs(Label.class).getText()).isEmpty();
        assertThat(FieldValidation.isMarked(familyName)).isFalse();
        FxTestSupport.onFx(() -> robot.lookup("#formBirthDate").queryAs(DatePicker.class)
                .setValue(LocalDate.of(1972, 8, 14)));
        FxTestSupport.onFx(() -> robot.lookup("#formSex").<ComboBox<Sex>>query()
                .setValue(Sex.FEMALE));
        robot.clickOn("#formSave");
        FxTestSupport.awaitQuiet(window.runner());

        assertThat(robot.lookup("#patientFormDialog").tryQuery()).as("dialog closed after saving").isEmpty();
        List<Patient> stored = db.read(s -> s.patients().all());
        assertThat(stored).extracting(Patient::displayName).contains("Dunmore");
        TableView<WardRow> table = robot.lookup("#wardTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().patient().id().value()).isEqualTo("MRN-3001");
    }

    @Test
    void editingShowsTheMrnButDoesNotLetItChange() {
        robot.clickOn("Amberley, Ann");
        robot.clickOn("#editPatient");

        TextField mrn = robot.lookup("#formMrn").queryAs(TextField.class);
        assertThat(mrn.getText()).isEqualTo("MRN-1001");
        assertThat(mrn.isDisabled()).isTrue();
        robot.clickOn("Cancel");
    }
}
