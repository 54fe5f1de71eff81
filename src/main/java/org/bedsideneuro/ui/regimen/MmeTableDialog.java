package org.bedsideneuro.ui.regimen;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.ui.common.Theme;

/** The MME conversion table the app uses, with the source of every factor and what is not counted. */
public final class MmeTableDialog extends Dialog<Void> {
    public MmeTableDialog(List<MmeTableRow> rows, Window owner) {
        initOwner(owner);
        setTitle("MME table");
        setHeaderText("Morphine milligram equivalents: the factors BedsideNeuro multiplies by, and their sources");
        getDialogPane().setId("mmeTableDialog");
        Theme.apply(getDialogPane());
        TableView<MmeTableRow> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("mmeTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Drug", MmeTableRow::drug, 130));
        table.getColumns().add(column("Route", MmeTableRow::route, 120));
        table.getColumns().add(column("Factor", MmeTableRow::factor, 70));
        table.getColumns().add(column("Per", MmeTableRow::per, 110));
        table.getColumns().add(column("Mark", MmeTableRow::mark, 140));
        table.getColumns().add(column("Source", MmeTableRow::source, 420));
        table.getStyleClass().add("mme-table");
        Label caution = new Label("Daily MME = dose x doses per day x factor x the fraction of the day the order ran "
                + "(clinical reference section 6). MME is a population tool, not a dose-conversion tool for one patient (CDC 2022); "
                + "methadone's conversion is not linear.");
        caution.setWrapText(true);
        caution.getStyleClass().add("muted");
        getDialogPane().setContent(new VBox(10, table, caution));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
    }

    private static TableColumn<MmeTableRow, String> column(String title, Function<MmeTableRow, String> value, double width) {
        TableColumn<MmeTableRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
