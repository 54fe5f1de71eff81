package org.bedsideneuro.ui.ehr;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.ui.common.SaveButton;
import org.bedsideneuro.ui.common.Theme;

/** The view of {@link EhrServerSettingsModel}: the address, Test connection, Save. */
public final class EhrServerDialog extends Dialog<Boolean> {
    public EhrServerDialog(EhrServerSettingsModel model, Window owner) {
        setTitle("EHR server");
        setHeaderText("The hospital's FHIR R4 server this computer reads from");
        if (owner != null) {
            initOwner(owner);
        }
        TextField address = new TextField();
        address.setId("ehrAddress");
        address.setPromptText("https://ehr.hospital.example/fhir");
        address.textProperty().bindBidirectional(model.addressProperty());
        Button test = new Button("Test connection");
        test.setId("testEhr");
        test.disableProperty().bind(model.canTestBinding().not());
        test.setOnAction(e -> model.testConnection());
        Label status = wrapped(new Label());
        status.setId("ehrStatus");
        status.textProperty().bind(model.statusProperty());
        Label note = wrapped(new Label("BedsideNeuro only reads from the EHR, never writes to it. A server that asks for sign-in opens"
                + " the hospital's sign-in page in the browser; the sign-in is kept in memory until BedsideNeuro closes, never on disk."
                + " Leave the address empty for no EHR."));
        VBox content = new VBox(8, address, new HBox(8, test), status, note);
        content.setPrefWidth(540);
        getDialogPane().setContent(content);
        Theme.apply(getDialogPane());
        // An invalid address keeps the dialog open with the reason shown, instead of closing on nothing saved.
        SaveButton.install(this, "saveEhrServer", new SimpleBooleanProperty(false), saved -> {
            if (model.save()) {
                saved.accept(true);
            }
        });
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut off with "…"
        return label;
    }
}
