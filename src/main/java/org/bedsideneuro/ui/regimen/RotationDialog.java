package org.bedsideneuro.ui.regimen;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.ui.common.Theme;

/**
 * Opioid rotation in one dialog: new drug and route, the reduction (25-50 %), the proposal with its arithmetic, and
 * the new order prefilled with the proposed dose for the clinician to confirm or edit. Save stops the old order and
 * starts the new one together.
 */
public final class RotationDialog extends Dialog<MedicationOrder> {
    private static final ButtonType SAVE = new ButtonType("Rotate", ButtonBar.ButtonData.OK_DONE);

    public RotationDialog(RotationViewModel rotation, Window owner) {
        initOwner(owner);
        setTitle("Opioid rotation");
        setHeaderText("Rotate from " + rotation.from().summary());
        getDialogPane().setId("rotationDialog");
        Theme.apply(getDialogPane());

        Spinner<Integer> reduction = new Spinner<>(25, 50, rotation.reductionPercentProperty().get(), 5);
        reduction.setId("rotationReduction");
        reduction.setEditable(true);
        reduction.valueProperty().addListener((obs, old, now) -> rotation.reductionPercentProperty().set(now));
        Label reductionLabel = new Label("Reduction for incomplete cross-tolerance (%)");
        reductionLabel.getStyleClass().add("field-label");

        Label proposal = new Label();
        proposal.setId("rotationProposal");
        proposal.getStyleClass().add("rotation-proposal");
        proposal.setWrapText(true);
        proposal.textProperty().bind(rotation.proposalProperty());
        rotation.specialistDosingRequiredProperty().addListener((obs, old, now) -> {
            proposal.getStyleClass().remove("specialist-dosing");
            if (now) {
                proposal.getStyleClass().add("specialist-dosing");
            }
        });
        Label caution = new Label("MME is a population tool, not an individual dose conversion (CDC 2022): check the dose.");
        caution.getStyleClass().add("muted");
        caution.setWrapText(true);

        VBox content = new VBox(10, new HBox(12, reductionLabel, reduction), proposal, caution, OrderFields.grid(rotation.newOrder()));
        content.getStyleClass().add("rotation-content");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("rotationSave");
        save.disableProperty().bind(rotation.newOrder().savingProperty());
        save.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            rotation.newOrder().save(saved -> {
                setResult(saved);
                close();
            });
        });
        setResultConverter(button -> null);
    }
}
