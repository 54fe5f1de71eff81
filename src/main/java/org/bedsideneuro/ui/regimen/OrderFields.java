package org.bedsideneuro.ui.regimen;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Route;
import java.util.function.Function;
import javafx.util.StringConverter;

/** The fields of an order, each with its message beside it; shared by the order and the rotation dialogs. */
final class OrderFields {
    private OrderFields() {
    }

    static GridPane grid(OrderFormViewModel form) {
        ComboBox<String> drug = new ComboBox<>(FXCollections.observableArrayList(OrderFormViewModel.knownDrugs()));
        drug.setId("orderDrug");
        drug.setEditable(true); // any generic name may be typed; the list holds the known opioids and adjuvants
        drug.valueProperty().bindBidirectional(form.drugProperty());
        // An editable combo commits typed text only on Enter or focus loss: push each keystroke so validation sees it.
        drug.getEditor().textProperty().addListener((obs, old, now) -> form.drugProperty().set(now));

        TextField dose = text("orderDose", form.doseProperty());
        ComboBox<DoseUnit> unit = new ComboBox<>(FXCollections.observableArrayList(DoseUnit.values()));
        unit.setId("orderUnit");
        unit.valueProperty().bindBidirectional(form.unitProperty());
        unit.setConverter(converter(DoseUnit::code));
        ComboBox<Route> route = new ComboBox<>(FXCollections.observableArrayList(Route.values()));
        route.setId("orderRoute");
        route.valueProperty().bindBidirectional(form.routeProperty());
        route.setConverter(converter(Route::label));
        TextField perDay = text("orderDosesPerDay", form.dosesPerDayProperty());
        DatePicker date = new DatePicker();
        date.setId("orderStartDate");
        date.valueProperty().bindBidirectional(form.startDateProperty());
        TextField time = text("orderStartTime", form.startTimeProperty());
        time.setPrefColumnCount(5);
        TextField note = text("orderNote", form.noteProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        row = add(grid, row, "Drug", drug, form.drugErrorProperty());
        row = add(grid, row, "Dose per administration", new HBox(8, dose, unit), form.doseErrorProperty());
        row = add(grid, row, "Route", route, form.unitErrorProperty());
        row = add(grid, row, "Doses per day", perDay, form.dosesPerDayErrorProperty());
        row = add(grid, row, form.isChange() ? "Starts (the old order stops then)" : "Start", new HBox(8, date, time),
                form.startErrorProperty());
        row = add(grid, row, "Note", note, null);
        Label preview = new Label();
        preview.setId("orderMmePreview");
        preview.getStyleClass().add("muted");
        preview.setWrapText(true);
        preview.textProperty().bind(form.mmePreviewProperty());
        grid.add(preview, 0, row++, 3, 1);
        Label formError = error(form.formErrorProperty());
        formError.setId("orderFormError");
        grid.add(formError, 0, row, 3, 1);
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static int add(GridPane grid, int row, String title, Node field, ObservableValue<String> error) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error != null) {
            grid.add(error(error), 2, row);
        }
        return row + 1;
    }

    /** Shows a choice by its code or label; the combos are not editable, so text never comes back. */
    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    static Label error(ObservableValue<String> message) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(message);
        return label;
    }
}
