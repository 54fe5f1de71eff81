package org.bedsideneuro.ui.export;

import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * Plugs the exports into the main window: "Summary / print" and "Export" (CSV, FHIR) on the patient page, "Export
 * ward (CSV)" on the ward toolbar. Notices go to the screen the action came from.
 */
public final class ExportFeature {
    private final AppWindow window;
    private final ExportViewModel model;

    private ExportFeature(AppWindow window, String version) {
        this.window = window;
        this.model = new ExportViewModel(window.records(), window.clinician(), window.clock(), window.runner(), version);
        model.noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                window.wardModel().noticeProperty().set(notice);
                window.patientModel().noticeProperty().set(notice);
            }
        });
    }

    public static ExportFeature install(AppWindow window, String version) {
        ExportFeature feature = new ExportFeature(window, version);
        window.onPatientPage(feature::installOnPatientPage); // built on the page's first opening
        feature.installOnWard();
        return feature;
    }

    public ExportViewModel model() {
        return model;
    }

    private void installOnPatientPage(PatientView page) {
        Button summary = new Button("Summary / print…");
        summary.setId("patientSummary");
        summary.disableProperty().bind(window.patientModel().patientProperty().isNull());
        summary.setOnAction(e -> patient().ifPresent(p -> SummaryDialog.show(owner(), p, LocalDate.now(window.clock()), model)));

        MenuItem csv = new MenuItem("Exchange-format CSV…");
        csv.setOnAction(e -> patient().ifPresent(p -> chooseFolder("Export " + p.displayName())
                .ifPresent(folder -> model.saveCsv(Optional.of(p.id()), folder.toPath()))));
        MenuItem fhir = new MenuItem("FHIR R4 Bundle (JSON)…");
        fhir.setOnAction(e -> patient().ifPresent(p -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export to the hospital record (FHIR)");
            chooser.setInitialFileName(p.id().value() + "-fhir.json");
            File file = chooser.showSaveDialog(owner());
            if (file != null) {
                model.saveFhir(p.id(), null, null, file.toPath());
            }
        }));
        MenuButton export = new MenuButton("Export", null, csv, fhir);
        export.setId("patientExport");
        page.addAction(summary);
        page.addAction(export);
    }

    private void installOnWard() {
        Button exportWard = new Button("Export ward…");
        exportWard.setId("wardExport");
        exportWard.setOnAction(e -> chooseFolder("Export the whole ward (exchange-format CSV)")
                .ifPresent(folder -> model.saveCsv(Optional.empty(), folder.toPath())));
        window.wardView().addAction(exportWard);
    }

    private Optional<File> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner()));
    }

    private Optional<Patient> patient() {
        return Optional.ofNullable(window.patientModel().patientProperty().get());
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
