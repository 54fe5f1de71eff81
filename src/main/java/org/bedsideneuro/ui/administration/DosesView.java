package org.bedsideneuro.ui.administration;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bedsideneuro.ui.common.NoticeArea;
import org.bedsideneuro.ui.common.Theme;

/** The patient page's "Doses" tab: the administration record, newest first, and "Withdraw…" for a wrong entry. */
final class DosesView {
    private final DosesViewModel model;

    DosesView(DosesViewModel model) {
        this.model = model;
    }

    Tab tab() {
        TableView<DoseRow> table = new TableView<>(model.rows());
        table.setId("dosesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No doses charted. Scheduled orders count as ordered until doses are charted."));
        table.getColumns().add(column("Day", DoseRow::day, 130));
        table.getColumns().add(column("Time", DoseRow::time, 100));
        table.getColumns().add(column("Order", DoseRow::order, 260));
        table.getColumns().add(column("Dose", DoseRow::dose, 120));
        table.getColumns().add(column("Status", DoseRow::status, 80));
        table.getColumns().add(column("Given by", DoseRow::by, 180));
        table.getColumns().add(column("Note", DoseRow::note, 160));
        table.getColumns().add(column("From", DoseRow::from, 50));
        // Where an imported dose came from, in full, where the pointer rests on its row.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DoseRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null || row.source().isEmpty() ? null : new Tooltip(row.source()));
            }
        });
        Button withdraw = new Button("Withdraw\u2026");
        withdraw.setId("withdrawDose");
        withdraw.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        withdraw.setOnAction(e -> {
            DoseRow row = table.getSelectionModel().getSelectedItem();
            TextInputDialog ask = new TextInputDialog();
            ask.setTitle("Withdraw a dose record");
            ask.setHeaderText("Withdraw " + row.dose() + " at " + row.time() + " on " + row.day() + "? It stays on the record, marked withdrawn.");
            ask.setContentText("Reason:");
            ask.initOwner(table.getScene().getWindow());
            Theme.apply(ask.getDialogPane());
            ask.showAndWait().filter(r -> !r.isBlank()).ifPresent(reason -> model.withdraw(row, reason));
        });
        HBox actions = new HBox(8, withdraw);
        actions.getStyleClass().add("toolbar-row");
        VBox box = new VBox(8, actions, new NoticeArea(model.noticeProperty()), table);
        box.getStyleClass().add("screen");
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tab = new Tab("Doses", box);
        tab.setId("dosesTab");
        return tab;
    }

    private static TableColumn<DoseRow, String> column(String title, Function<DoseRow, String> value, double width) {
        TableColumn<DoseRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
