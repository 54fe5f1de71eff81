package org.bedsideneuro.ui.exam;

import java.util.function.BooleanSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.BorderPane;

/**
 * The flowsheet tab: a table bound to {@link FlowsheetViewModel}, its columns rebuilt when the sheet changes. The
 * finding column stays in place when the exams are scrolled sideways (the baseline is the last column, often out of
 * view): without it a row of grades could not be told from the next, left from right.
 */
public final class FlowsheetView extends BorderPane {
    static final String WORSE = "flowsheet-worse";
    static final String FROZEN = "flowsheet-frozen";

    private final TableView<FlowsheetViewModel.Row> table = new TableView<>();
    /** How far the exams are scrolled sideways, in pixels: the finding column moves by as much, so it stays put. */
    private final DoubleProperty scrolledBy = new SimpleDoubleProperty();
    private boolean tallSignatureRow;

    public FlowsheetView(FlowsheetViewModel model) {
        getStyleClass().add("flowsheet");
        table.setId("flowsheetTable");
        table.setPlaceholder(new Label("No bedside exams recorded yet."));
        setCenter(table);
        // The theme fixes rows at 40 px; the signature row (the first) is taller when an exam is signed, so its wrapped
        // text shows whole ("Not signed" everywhere fits one line, and the findings stay higher on the screen).
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int i) {
                super.updateIndex(i);
                setStyle(i == 0 && tallSignatureRow ? "-fx-cell-size: 8em;" : "");
            }
        });
        show(model.sheetProperty().get());
        model.sheetProperty().addListener((obs, old, now) -> show(now));
        // The table's own horizontal scroll bar (its skin's, made on the first layout) drives the frozen column.
        onceLaidOut(this::followHorizontalScrollBar);
    }

    /**
     * Runs {@code attempt} now, and again after each layout of the table until it returns true: what it needs (a
     * scroll bar, a column's header) is made by the table's skin when it lays the table out, not before.
     */
    private void onceLaidOut(BooleanSupplier attempt) {
        if (attempt.getAsBoolean()) {
            return;
        }
        table.needsLayoutProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now && attempt.getAsBoolean()) {
                    table.needsLayoutProperty().removeListener(this);
                }
            }
        });
    }

    private boolean followHorizontalScrollBar() {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                scrolledBy.bind(bar.valueProperty());
                return true;
            }
        }
        return false;
    }

    /** Freezes {@code column}'s header; done too once a newer sheet replaced the column (its own attempt takes over). */
    private boolean freezeHeader(TableColumn<FlowsheetViewModel.Row, String> column) {
        if (!table.getColumns().contains(column)) {
            return true;
        }
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() == column) {
                freeze(header);
                return true;
            }
        }
        return false;
    }

    /** Keeps {@code node} (a cell or the header of the finding column) where it is while the exams scroll, above them. */
    private void freeze(Node node) {
        node.translateXProperty().bind(scrolledBy);
        node.setViewOrder(-1); // drawn over the exam columns that scroll under it
        if (!node.getStyleClass().contains(FROZEN)) {
            node.getStyleClass().add(FROZEN);
        }
    }

    private void show(FlowsheetViewModel.Sheet sheet) {
        tallSignatureRow = sheet.anySigned();
        table.getColumns().clear();
        TableColumn<FlowsheetViewModel.Row, String> finding = new TableColumn<>("Finding");
        finding.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        finding.setCellFactory(c -> {
            TableCell<FlowsheetViewModel.Row, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String label, boolean empty) {
                    super.updateItem(label, empty);
                    setText(empty ? null : label);
                }
            };
            freeze(cell);
            return cell;
        });
        // The longest label, "Finger abduction (first dorsal interosseous), right", whole: a cut label hides the side.
        finding.setPrefWidth(390);
        finding.setMinWidth(390);
        finding.setSortable(false);
        finding.setReorderable(false); // first, always: it is the column that stays in place
        table.getColumns().add(finding);
        for (int i = 0; i < sheet.columns().size(); i++) {
            int index = i;
            TableColumn<FlowsheetViewModel.Row, FlowsheetViewModel.Cell> column = new TableColumn<>(sheet.columns().get(i));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new ValueCell());
            column.setSortable(false); // time order is the point of the sheet
            column.setReorderable(false); // and no column is dragged out of it
            column.setPrefWidth(180); // room for the date, the examiner and a wrapped signature
            table.getColumns().add(column);
        }
        table.getItems().setAll(sheet.rows());
        if (!sheet.columns().isEmpty()) {
            // The signatures first: who signed each exam, when, and what the signature means (21 CFR 11.50).
            table.getItems().add(0, new FlowsheetViewModel.Row(null, "Signature",
                    sheet.signatures().stream().map(t -> new FlowsheetViewModel.Cell(t, false)).toList()));
        }
        table.refresh(); // rows kept from the last sheet take the first row's height anew
        onceLaidOut(() -> freezeHeader(finding));
    }

    private static final class ValueCell extends TableCell<FlowsheetViewModel.Row, FlowsheetViewModel.Cell> {
        @Override
        protected void updateItem(FlowsheetViewModel.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove(WORSE);
            setText(empty || cell == null ? null : cell.text());
            // The signature row is always the first: it wraps, so the full signature text is readable in the sheet.
            boolean signatureRow = !empty && cell != null && getIndex() == 0;
            setWrapText(signatureRow);
            setTooltip(signatureRow ? new Tooltip(cell.text()) : null);
            if (!empty && cell != null && cell.worse()) {
                getStyleClass().add(WORSE);
            }
        }
    }

    public TableView<FlowsheetViewModel.Row> table() {
        return table;
    }
}
