package org.bedsideneuro.ui.server;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.ui.common.SaveButton;
import org.bedsideneuro.ui.common.Theme;

/** The view of {@link WardServerSettingsModel}: two choices, the address, Test connection, Save. */
public final class WardServerDialog extends Dialog<DatabaseLocation> {
    public WardServerDialog(WardServerSettingsModel model, Window owner) {
        setTitle("Ward server");
        setHeaderText("Where this computer keeps the ward's records");
        if (owner != null) {
            initOwner(owner);
        }
        ToggleGroup choice = new ToggleGroup();
        RadioButton local = new RadioButton("Use this laptop's database");
        local.setId("useLocalDatabase");
        local.setToggleGroup(choice);
        RadioButton server = new RadioButton("Use the ward server");
        server.setId("useWardServer");
        server.setToggleGroup(choice);
        (model.useServerProperty().get() ? server : local).setSelected(true);
        server.selectedProperty().bindBidirectional(model.useServerProperty());
        TextField uri = new TextField();
        uri.setId("serverUri");
        uri.setPromptText("postgresql://ward-server/bedside_neuro?sslmode=verify-full");
        uri.textProperty().bindBidirectional(model.uriProperty());
        uri.disableProperty().bind(model.useServerProperty().not());
        Button test = new Button("Test connection");
        test.setId("testConnection");
        test.disableProperty().bind(model.canTestBinding().not());
        test.setOnAction(e -> model.testConnection());
        Label status = new Label();
        status.setId("serverStatus");
        status.setWrapText(true);
        status.setMaxWidth(520);
        status.setMinHeight(Region.USE_PREF_SIZE); // wrapped, never cut off with "…"
        status.textProperty().bind(model.statusProperty());
        Label note = new Label("The password comes from PGPASSWORD or ~/.pgpass, or is asked when needed; it is never stored."
                + " The choice is remembered for this computer and used at the next start.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        note.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, local, server, uri, new HBox(8, test), status, note);
        content.setPrefWidth(540);
        getDialogPane().setContent(content);
        Theme.apply(getDialogPane());
        // An invalid address keeps the dialog open with the reason shown, instead of closing on nothing saved.
        SaveButton.install(this, "saveServerChoice", new SimpleBooleanProperty(false), saved -> model.save().ifPresent(saved));
    }
}
