package org.bedsideneuro.ui.ncs;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The studies side by side, bound to {@link StudyFlowsheetViewModel}: its columns rebuilt when the sheet changes. */
public final class StudyFlowsheetView extends BorderPane {
    static final String BELOW = "flowsheet-worse";

    private final TableView<StudyFlowsheetViewModel.Row> table = new TableView<>();

    public StudyFlowsheetView(StudyFlowsheetViewModel model) {
        getStyleClass().add("flowsheet");
        table.setId("studyFlowsheetTable");
        table.setPlaceholder(new Label("No nerve conduction studies recorded yet."));
        setCenter(table);
        show(model.sheetProperty().get());
        model.sheetProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(StudyFlowsheetViewModel.Sheet sheet) {
        table.getColumns().clear();
        TableColumn<StudyFlowsheetViewModel.Row, String> label = new TableColumn<>("Nerve, side");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        label.setPrefWidth(340);
        label.setSortable(false);
        table.getColumns().add(label);
        for (int i = 0; i < sheet.headings().size(); i++) {
            int index = i;
            TableColumn<StudyFlowsheetViewModel.Row, StudyFlowsheetViewModel.Cell> column = new TableColumn<>(sheet.headings().get(i));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(StudyFlowsheetViewModel.Cell cell, boolean empty) {
                    super.updateItem(cell, empty);
                    getStyleClass().remove(BELOW);
                    setText(empty || cell == null ? null : cell.text());
                    if (!empty && cell != null && cell.below()) {
                        getStyleClass().add(BELOW);
                    }
                }
            });
            column.setPrefWidth(250);
            column.setSortable(false);
            table.getColumns().add(column);
        }
        table.getItems().setAll(sheet.rows());
    }

    TableView<StudyFlowsheetViewModel.Row> table() {
        return table;
    }
}
