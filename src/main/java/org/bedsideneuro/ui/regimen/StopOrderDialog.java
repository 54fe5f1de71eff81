package org.bedsideneuro.ui.regimen;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.ui.common.Theme;

/** Stop an order: now by default, or an earlier time; never in the future. */
public final class StopOrderDialog extends Dialog<Boolean> {
    private static final ButtonType STOP = new ButtonType("Stop order", ButtonBar.ButtonData.OK_DONE);

    public StopOrderDialog(StopOrderViewModel stop, Window owner) {
        initOwner(owner);
        setTitle("Stop order");
        setHeaderText("Stop " + stop.order().summary());
        getDialogPane().setId("stopOrderDialog");
        Theme.apply(getDialogPane());
        DatePicker date = new DatePicker();
        date.setId("stopDate");
        date.valueProperty().bindBidirectional(stop.dateProperty());
        TextField time = new TextField();
        time.setId("stopTime");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(stop.timeProperty());
        Label label = new Label("Stopped at");
        label.getStyleClass().add("field-label");
        VBox content = new VBox(6, new HBox(8, label, date, time));
        if (stop.asksOutcome()) {
            ComboBox<TrialOutcome> outcome = new ComboBox<>(
                    FXCollections.observableArrayList(TrialOutcome.values()));
            outcome.setId("stopOutcome");
            outcome.valueProperty().bindBidirectional(stop.outcomeProperty());
            outcome.setConverter(new StringConverter<>() {
                @Override public String toString(TrialOutcome o) { return o == null ? "" : o.label(); }
                @Override public TrialOutcome fromString(String s) { return null; }
            });
            Label how = new Label("How the trial ended");
            how.getStyleClass().add("field-label");
            content.getChildren().add(new HBox(8, how, outcome));
        }
        content.getChildren().add(OrderFields.error(stop.errorProperty()));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(STOP, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(STOP);
        ok.setId("stopSave");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            stop.stop(() -> {
                setResult(true);
                close();
            });
        });
        setResultConverter(button -> null);
    }
}
