package org.bedsideneuro.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.patient.PatientView;
import org.bedsideneuro.ui.shell.AppWindow;

/** The "Audit trail" tab of the patient page: read-only, loaded when the tab is opened or the patient changes. */
public final class AuditTab {
    private AuditTab() {
    }

    /** Adds the tab when the patient page is built (on its first opening). */
    public static void install(AppWindow window) {
        window.onPatientPage(page -> build(window, page));
    }

    private static AuditViewModel build(AppWindow window, PatientView page) {
        AuditViewModel model = new AuditViewModel(window.records(), new ClinicalFormats(window.clock()), window.runner());
        TableView<AuditViewModel.Line> table = new TableView<>(model.lines());
        table.setId("auditTrail");
        table.setPlaceholder(new Label("Nothing recorded for this patient yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("When", AuditViewModel.Line::time, 150));
        table.getColumns().add(column("Who", AuditViewModel.Line::who, 200));
        table.getColumns().add(column("What", AuditViewModel.Line::action, 80));
        table.getColumns().add(column("Record", AuditViewModel.Line::record, 100));
        table.getColumns().add(column("Detail", AuditViewModel.Line::detail, 400));
        Tab tab = new Tab("Audit trail", table);
        tab.setId("auditTab");
        page.addTab(tab);
        Runnable load = () -> {
            if (tab.isSelected()) {
                var patient = window.patientModel().patientProperty().get();
                model.load(patient == null ? null : patient.id());
            }
        };
        tab.selectedProperty().addListener((obs, was, is) -> load.run());
        window.patientModel().patientProperty().addListener((obs, old, now) -> load.run());
        window.patientModel().loadedProperty().addListener((obs, was, is) -> {
            if (is) {
                load.run(); // a reload after a save elsewhere brings new audit lines too
            }
        });
        return model;
    }

    private static TableColumn<AuditViewModel.Line, String> column(String title, Function<AuditViewModel.Line, String> value, double width) {
        TableColumn<AuditViewModel.Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
