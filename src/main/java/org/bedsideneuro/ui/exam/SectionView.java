package org.bedsideneuro.ui.exam;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One section of the exam form: its header ("not examined" while empty), a "Normal" shortcut where the section has
 * normal values, and a grid with left and right side by side, one row per finding in bedside order.
 */
final class SectionView extends VBox {
    private final List<List<TextField>> rows = new ArrayList<>();

    SectionView(SectionModel section, ObservableValue<Boolean> editable) {
        getStyleClass().add("exam-section");
        setId("section-" + section.section().code());
        Label header = new Label();
        header.getStyleClass().add("exam-section-title");
        header.textProperty().bind(section.headerText());
        HBox top = new HBox(header);
        top.getStyleClass().add("exam-section-header");
        if (section.hasNormal()) {
            Button normal = new Button("Normal");
            normal.setId("normal-" + section.section().code());
            normal.setFocusTraversable(false); // Tab and Enter stay in the cells; the shortcut is a click or a touch
            normal.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !Boolean.TRUE.equals(editable.getValue()), editable));
            normal.setOnAction(e -> section.normal());
            top.getChildren().add(normal);
        }

        GridPane grid = new GridPane();
        grid.getStyleClass().add("exam-grid");
        grid.addRow(0, new Label(""), caption("Left"), caption("Right"));
        int r = 1;
        for (SectionModel.Row row : section.rows()) {
            Label name = new Label(row.code().label());
            name.getStyleClass().add("exam-finding");
            name.setWrapText(true);
            grid.add(name, 0, r);
            List<TextField> inputs = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                FieldCell cell = new FieldCell(row.cells().get(c), editable);
                grid.add(cell, c + 1, r, row.cells().size() == 1 ? 2 : 1, 1);
                inputs.add(cell.input());
            }
            rows.add(inputs);
            r++;
        }
        getChildren().addAll(top, grid);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("exam-side-caption");
        return label;
    }

    /** The inputs row by row (left, right; or one): the form moves the keyboard along them. */
    List<List<TextField>> rows() {
        return rows;
    }
}
