package org.bedsideneuro.ui.export;

import java.io.File;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.ui.common.Theme;

/**
 * Asks for the period and the paper of a progress summary, then saves it as PDF or prints it. An empty "from" means
 * the patient's first record; "to" defaults to today.
 */
final class SummaryDialog {
    private SummaryDialog() {
    }

    static void show(Window owner, Patient patient, LocalDate today, ExportViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Progress summary: " + patient.displayName());

        DatePicker from = new DatePicker();
        from.setId("summaryFrom");
        from.setPromptText("first record");
        DatePicker to = new DatePicker(today);
        to.setId("summaryTo");
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.getItems().setAll(PaperSize.values());
        paper.setValue(PaperSize.A4);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        grid.addRow(2, new Label("Paper"), paper);

        Button save = new Button("Save PDF…");
        save.setId("summarySave");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the progress summary");
            chooser.setInitialFileName(patient.id().value() + "-summary.pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.savePdf(patient.id(), from.getValue(), to.getValue(), paper.getValue(), file.toPath(), stage::close);
            }
        });
        Button print = new Button("Print…");
        print.setId("summaryPrint");
        print.setOnAction(e -> model.print(patient.id(), from.getValue(), to.getValue(), paper.getValue(), stage::close));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());

        VBox root = new VBox(new Label("Summary of how the findings changed during opioid therapy."), grid, new HBox(save, print, cancel));
        root.getStyleClass().addAll("dialog", "screen");
        Scene scene = new Scene(root);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }
}
