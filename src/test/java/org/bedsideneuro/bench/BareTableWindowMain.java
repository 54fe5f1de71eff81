package org.bedsideneuro.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A reference for the cold start, a child JVM: what JavaFX's own table costs, with no BedsideNeuro code at all. The
 * ward screen's shape (a search field and three buttons over a TableView with the ward list's eleven columns and one
 * row per patient, plain strings, made on the FX thread), in a window of the main window's size; the time since JVM
 * start is printed when its first frame is laid out with the rows, then it exits. Nothing is read from a database.
 *
 * <p>Why it is in the table: the target compares the main window with one Label. This row shows how much of the
 * distance is the toolkit's table before the app does anything (docs/benchmark.md, "Cold start").
 */
public final class BareTableWindowMain {
    /** The ward list's columns (WardView's five, the flags column, the four observation columns) and one to spare. */
    static final int COLUMNS = 11;

    private BareTableWindowMain() {
    }

    /** {@code args[0]}: how many rows (the ward's patients). */
    public static void main(String[] args) {
        Application.launch(BareTableWindow.class, args);
        System.exit(0);
    }

    /** The ward screen's controls, stock, with made-up strings. */
    public static final class BareTableWindow extends Application {
        private boolean reported;

        @Override
        public void start(Stage stage) {
            int rows = Integer.parseInt(getParameters().getRaw().get(0));
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < COLUMNS; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("Column " + (c + 1));
                col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[column]));
                table.getColumns().add(col);
            }
            for (int r = 0; r < rows; r++) {
                String[] row = new String[COLUMNS];
                for (int c = 0; c < COLUMNS; c++) {
                    row[c] = "Row " + (r + 1) + ", cell " + (c + 1);
                }
                table.getItems().add(row);
            }
            HBox toolbar = new HBox(8, new Label("Find"), new TextField(), new Button("Add patient"), new Button("Edit patient"),
                    new Button("Open"));
            VBox.setVgrow(table, Priority.ALWAYS);
            Scene scene = new Scene(new VBox(toolbar, table), 1280, 800);
            scene.addPostLayoutPulseListener(() -> {
                if (!reported) {
                    reported = true;
                    System.out.println("BENCH_FIRST_FRAME_MS=" + ChildJvm.millisSinceJvmStart());
                    System.out.println("BENCH_ROWS=" + table.getItems().size());
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
