package org.bedsideneuro.ui.regimen;

import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.ui.common.SaveButton;
import org.bedsideneuro.ui.common.Theme;

/**
 * Add an order, or change one (the old order stops when the new one starts, in one transaction). Save keeps the dialog
 * open until the form is valid and the database accepted it; each refusal shows beside its field.
 */
public final class OrderFormDialog extends Dialog<MedicationOrder> {

    public OrderFormDialog(OrderFormViewModel form, Window owner) {
        initOwner(owner);
        setTitle(form.isChange() ? "Change order" : "Add order");
        setHeaderText(form.replaces().map(o -> "Change " + o.summary() + ": it stops when the new order starts.")
                .orElse("New medication order"));
        getDialogPane().setId("orderFormDialog");
        Theme.apply(getDialogPane());
        getDialogPane().setContent(OrderFields.grid(form));
        SaveButton.install(this, "orderSave", form.savingProperty(), form::save);
    }
}
