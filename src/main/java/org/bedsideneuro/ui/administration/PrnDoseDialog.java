package org.bedsideneuro.ui.administration;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.ui.common.Focus;
import org.bedsideneuro.ui.common.SaveButton;
import org.bedsideneuro.ui.common.Theme;
import org.controlsfx.control.SegmentedButton;

/**
 * Log a PRN dose: order (chosen for you when there is one), dose and time proposed, given unless you choose held or
 * refused; Enter saves. Keyboard only: the dose field has the cursor with its text selected.
 */
public final class PrnDoseDialog extends Dialog<Administration> {

    private PrnDoseDialog(PrnDoseViewModel form, Window owner) {
        initOwner(owner);
        setTitle("Log PRN dose or pump reading");
        setHeaderText("PRN dose or PCA reading for " + form.patient().displayName());
        getDialogPane().setId("prnDoseDialog");
        Theme.apply(getDialogPane());

        ComboBox<MedicationOrder> order = new ComboBox<>(form.orders());
        order.setId("prnOrder");
        order.valueProperty().bindBidirectional(form.orderProperty());
        order.setConverter(new StringConverter<>() {
            @Override public String toString(MedicationOrder o) { return PrnDoseViewModel.describe(o); }
            @Override public MedicationOrder fromString(String s) { return null; }
        });
        order.setDisable(form.orders().size() < 2);
        TextField dose = field("prnDose", form.doseProperty());
        Label unit = new Label();
        unit.textProperty().bind(Bindings.createStringBinding(
                () -> form.orderProperty().get() == null ? "" : form.orderProperty().get().unit().code(), form.orderProperty()));
        TextField time = field("prnTime", form.timeProperty());
        time.setPrefColumnCount(5);
        TextField note = field("prnNote", form.noteProperty());
        note.setPromptText("why, if held or refused, or beyond the order");

        SegmentedButton status = new SegmentedButton();
        status.setId("prnStatus");
        for (AdministrationStatus s : new AdministrationStatus[] {AdministrationStatus.GIVEN, AdministrationStatus.HELD, AdministrationStatus.REFUSED}) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId("prnStatus-" + s.code());
            b.setUserData(s);
            b.setSelected(s == form.statusProperty().get());
            status.getButtons().add(b);
        }
        status.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                form.statusProperty().set((AdministrationStatus) now.getUserData());
            }
        });

        Label today = new Label();
        today.setId("prnToday");
        today.getStyleClass().add("muted");
        today.textProperty().bind(form.todayProperty());
        Label message = new Label();
        message.setId("prnMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(form.messageProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        grid.addRow(row++, label("Order"), order);
        grid.add(today, 1, row++);
        grid.addRow(row++, label("Dose"), new HBox(8, dose, unit));
        grid.addRow(row++, label("Time"), time);
        grid.addRow(row++, label("Status"), status);
        grid.addRow(row++, label("Note"), note);
        grid.add(message, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        SaveButton.install(this, "prnSave", form.savingProperty().or(form.orderProperty().isNull()), form::save);
        setOnShown(e -> {
            // A dialog's window is not focused on its own everywhere (headless, some window managers): ask for it.
            getDialogPane().getScene().getWindow().requestFocus();
            dose.selectAll();
            Focus.afterNextLayout(dose);
        });
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Loads the patient's PRN orders, then shows the dialog; empty when cancelled or nothing to log. */
    public static void open(PrnDoseViewModel form, Window owner, Consumer<Administration> onSaved,
                            Consumer<String> onNothingToLog) {
        form.load(() -> {
            if (form.orders().isEmpty()) {
                onNothingToLog.accept(form.messageProperty().get());
                return;
            }
            // Shown after the load's callback has returned: a dialog's nested event loop inside it would hold the
            // window's background runner as busy for as long as the dialog is open.
            Platform.runLater(() -> {
                Optional<Administration> saved = new PrnDoseDialog(form, owner).showAndWait();
                saved.ifPresent(onSaved);
            });
        });
    }
}
