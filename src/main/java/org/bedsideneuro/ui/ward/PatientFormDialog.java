package org.bedsideneuro.ui.ward;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.ui.common.FieldValidation;
import org.bedsideneuro.ui.common.SaveButton;
import org.bedsideneuro.ui.common.Theme;

/**
 * Add or edit a patient. Save stays in the dialog until the form is valid and the database has accepted it;
 * each refusal is shown under its field. The result is the saved patient, or empty when cancelled.
 */
public final class PatientFormDialog extends Dialog<Patient> {

    private final GridPane grid = new GridPane();
    private int row;

    public PatientFormDialog(PatientFormViewModel form, Window owner) {
        initOwner(owner);
        setTitle(form.title());
        setHeaderText(form.isAdding() ? "New patient on the ward" : "Change the patient's details");
        getDialogPane().setId("patientFormDialog");
        getDialogPane().getStyleClass().add("patient-form");
        Theme.apply(getDialogPane());
        grid.getStyleClass().add("form-grid");

        TextField mrn = textField("formMrn", form.mrnProperty());
        mrn.setDisable(!form.isMrnEditable());
        addField("MRN", mrn, form.mrnErrorProperty(), "formMrnError");
        addField("Family name", textField("formFamilyName", form.familyNameProperty()), form.familyNameErrorProperty(), "formFamilyNameError");
        addField("Given name", textField("formGivenName", form.givenNameProperty()), form.givenNameErrorProperty(), "formGivenNameError");
        addField("Birth date", birthDatePicker(form), form.birthDateErrorProperty(), "formBirthDateError");
        addField("Sex", sexChoice(form), form.sexErrorProperty(), "formSexError");
        addField("Ward", textField("formWard", form.wardProperty()), form.wardErrorProperty(), "formWardError");
        addField("Bed", textField("formBed", form.bedProperty()), form.bedErrorProperty(), "formBedError");

        Label formError = new Label();
        formError.setId("formError");
        formError.getStyleClass().add("form-error");
        formError.setWrapText(true);
        formError.textProperty().bind(form.formErrorProperty());
        form.formErrorProperty().addListener((obs, old, now) -> fitWindowToContent());

        getDialogPane().setContent(new VBox(grid, formError));
        SaveButton.install(this, "formSave", form.savingProperty(), form::save);
    }

    private void addField(String caption, Node input, ReadOnlyStringProperty error, String errorId) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        Label errorLabel = new Label();
        errorLabel.setId(errorId);
        errorLabel.getStyleClass().add("field-error");
        errorLabel.textProperty().bind(error);
        // The error line keeps its space even when empty (see .field-error): the form does not jump under the
        // finger when a message appears, and Save and Cancel are not pushed out of the dialog.
        error.addListener((obs, old, now) -> fitWindowToContent());
        if (input instanceof Control control) {
            FieldValidation.mark(control, error);
        }
        grid.add(label, 0, row);
        grid.add(new VBox(input, errorLabel), 1, row);
        row++;
    }

    /** A message that wraps onto a second line makes the form taller: grow the window so the buttons stay visible. */
    private void fitWindowToContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static TextField textField(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setPrefColumnCount(24);
        return field;
    }

    private static DatePicker birthDatePicker(PatientFormViewModel form) {
        DatePicker picker = new DatePicker();
        picker.setId("formBirthDate");
        picker.setPromptText("d/m/yyyy");
        picker.valueProperty().bindBidirectional(form.birthDateProperty());
        // A typed date counts when the field loses focus, not only after Enter.
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTypedDate(picker);
            }
        });
        return picker;
    }

    private static void commitTypedDate(DatePicker picker) {
        String text = picker.getEditor().getText();
        try {
            picker.setValue(text == null || text.isBlank() ? null : picker.getConverter().fromString(text));
        } catch (DateTimeParseException e) {
            picker.setValue(null); // the form then says "Birth date: required" next to it
        }
    }

    private static ComboBox<Sex> sexChoice(PatientFormViewModel form) {
        ComboBox<Sex> choice = new ComboBox<>();
        choice.setId("formSex");
        choice.getItems().addAll(Arrays.asList(Sex.values()));
        StringConverter<Sex> labels = new StringConverter<>() {
            @Override public String toString(Sex sex) { return sex == null ? "" : sex.label(); }
            @Override public Sex fromString(String text) { return null; }
        };
        choice.setConverter(labels);
        choice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Sex item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Choose…" : item.label());
            }
        });
        choice.valueProperty().bindBidirectional(form.sexProperty());
        return choice;
    }
}
