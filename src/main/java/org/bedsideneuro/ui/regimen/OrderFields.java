package org.bedsideneuro.ui.regimen;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.ui.common.FieldValidation;
import org.controlsfx.control.SegmentedButton;

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
        ComboBox<DoseUnit> unit = new ComboBox<>(form.units());
        unit.setId("orderUnit");
        unit.valueProperty().bindBidirectional(form.unitProperty());
        unit.setConverter(converter(DoseUnit::code));
        ComboBox<Route> route = new ComboBox<>(form.routes());
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

        ComboBox<Indication> indication = new ComboBox<>(FXCollections.observableArrayList(Indication.values()));
        indication.setId("orderIndication");
        indication.valueProperty().bindBidirectional(form.indicationProperty());
        indication.setConverter(converter(Indication::label));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        row = add(grid, row, "Kind", kindChoice(form), null);
        row = add(grid, row, "Drug", drug, form.drugErrorProperty());
        row = add(grid, row, form.doseLabelProperty(), new HBox(8, dose, unit), form.doseErrorProperty());
        row = add(grid, row, "Route", route, form.unitErrorProperty());
        Label perDayLabel = label(form.dosesPerDayLabelProperty());
        grid.add(perDayLabel, 0, row);
        grid.add(perDay, 1, row);
        Label perDayError = error(form.dosesPerDayErrorProperty());
        grid.add(perDayError, 2, row++);
        for (Node n : List.of(perDayLabel, perDay, perDayError)) {
            n.visibleProperty().bind(form.dosesPerDayShownProperty());
            n.managedProperty().bind(form.dosesPerDayShownProperty());
        }
        row = add(grid, row, "Indication", indication, null);
        row = add(grid, row, form.isChange() ? "Starts (the old order stops then)" : "Start", new HBox(8, date, time),
                form.startErrorProperty());
        row = add(grid, row, "Note", note, null);
        Label warning = new Label();
        warning.setId("orderSafetyWarning");
        warning.getStyleClass().add("field-error");
        warning.setWrapText(true);
        warning.textProperty().bind(form.safetyWarningProperty());
        warning.visibleProperty().bind(form.safetyWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        grid.add(warning, 0, row++, 3, 1);
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

    /**
     * The order's kind as one row of toggle buttons (ControlsFX SegmentedButton): four choices always in view, one
     * click or arrow keys, and the fields below change to what that kind needs. A change keeps the old order's kind.
     */
    private static SegmentedButton kindChoice(OrderFormViewModel form) {
        SegmentedButton kinds = new SegmentedButton();
        kinds.setId("orderKind");
        for (OrderKind k : OrderKind.values()) {
            ToggleButton button = new ToggleButton(k.label());
            button.setId("orderKind-" + k.code());
            button.setUserData(k);
            button.setSelected(form.kindProperty().get() == k);
            button.setDisable(form.isChange() && form.kindProperty().get() != k);
            kinds.getButtons().add(button);
        }
        kinds.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a kind is always chosen
            } else {
                form.kindProperty().set((OrderKind) now.getUserData());
            }
        });
        return kinds;
    }

    private static Label label(ObservableValue<String> title) {
        Label label = new Label();
        label.getStyleClass().add("field-label");
        label.textProperty().bind(title);
        return label;
    }

    private static int add(GridPane grid, int row, ObservableValue<String> title, Node field, ObservableValue<String> error) {
        grid.add(label(title), 0, row);
        grid.add(field, 1, row);
        if (error != null) {
            grid.add(error(error), 2, row);
            if (field instanceof Control control) {
                FieldValidation.mark(control, error);
            }
        }
        return row + 1;
    }

    private static TextField text(String id, StringProperty value) {
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
            if (field instanceof Control control) {
                FieldValidation.mark(control, error);
            }
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
