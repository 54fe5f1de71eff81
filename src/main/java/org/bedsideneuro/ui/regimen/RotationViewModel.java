package org.bedsideneuro.ui.regimen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OpioidRotation;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.RotationResult;
import org.bedsideneuro.domain.regimen.Route;

/**
 * Opioid rotation as one action (clinical reference section 6): the clinician picks the new drug and route, the app
 * proposes the equianalgesic dose reduced by 25-50 % (default 25 %) and fills the new order with it; the clinician
 * confirms or edits it, and saving stops the old order and starts the new one in one transaction (the embedded
 * {@link OrderFormViewModel} in change mode). To or from methadone there is no number: specialist dosing required.
 */
public final class RotationViewModel {
    private final MedicationOrder from;
    private final OrderFormViewModel newOrder;
    private final OpioidRotation rotation;
    private final IntegerProperty reductionPercent = new SimpleIntegerProperty(this, "reductionPercent",
            OpioidRotation.DEFAULT_REDUCTION_PERCENT.intValue());
    private final ReadOnlyStringWrapper proposal = new ReadOnlyStringWrapper(this, "proposal", "");
    private final ReadOnlyBooleanWrapper specialistDosingRequired = new ReadOnlyBooleanWrapper(this, "specialistDosingRequired");
    private final ReadOnlyBooleanWrapper proposed = new ReadOnlyBooleanWrapper(this, "proposed");

    RotationViewModel(MedicationOrder from, OrderFormViewModel newOrder) {
        this(from, newOrder, MmeTable.standard());
    }

    /** {@code table}: the ward's MME table in force, whose factors the proposal converts with. */
    RotationViewModel(MedicationOrder from, OrderFormViewModel newOrder, MmeTable table) {
        this.rotation = new OpioidRotation(table);
        this.from = Objects.requireNonNull(from, "from");
        this.newOrder = Objects.requireNonNull(newOrder, "new order");
        // The new drug is the clinician's choice: start from an empty one rather than the drug being rotated away from.
        newOrder.drugProperty().set("");
        newOrder.doseProperty().set("");
        newOrder.drugProperty().addListener((obs, o, n) -> propose());
        newOrder.routeProperty().addListener((obs, o, n) -> propose());
        reductionPercent.addListener((obs, o, n) -> propose());
        propose();
    }

    /** Recomputes the proposal and, when there is a number, fills the new order's dose with it. */
    private void propose() {
        String drug = newOrder.drugProperty().get() == null ? "" : newOrder.drugProperty().get().strip().toLowerCase(Locale.ROOT);
        Route route = newOrder.routeProperty().get();
        if (drug.isEmpty() || route == null) {
            proposed.set(false);
            specialistDosingRequired.set(false);
            proposal.set("Choose the new opioid and route: the app proposes the reduced equianalgesic dose.");
            return;
        }
        int reduction = Math.max(25, Math.min(50, reductionPercent.get()));
        RotationResult result = rotation.propose(basis(), drug, route, BigDecimal.valueOf(reduction));
        specialistDosingRequired.set(result instanceof RotationResult.SpecialistDosingRequired);
        proposed.set(result instanceof RotationResult.Proposal);
        if (result instanceof RotationResult.Proposal p) {
            proposal.set((perDose() ? "Per dose: " : "") + p.explanation());
            fill(p);
        } else if (result instanceof RotationResult.SpecialistDosingRequired s) {
            proposal.set(s.reason() + ". No dose is proposed: enter the dose the specialist sets.");
            newOrder.doseProperty().set("");
        } else if (result instanceof RotationResult.NotComputable n) {
            proposal.set("No proposal: " + n.reason() + ". Enter the dose yourself.");
            newOrder.doseProperty().set("");
        }
    }

    /**
     * A PRN dose and a PCA bolus rotate dose for dose (what one administration is worth): what they count is what is
     * given, so a daily amount would be their ceiling or nothing. Scheduled orders and infusions rotate their daily
     * amount (section 6).
     */
    private boolean perDose() {
        return from.kind() == OrderKind.PRN || from.kind() == OrderKind.PCA;
    }

    private MedicationOrder basis() {
        return perDose() ? new MedicationOrder(from.id(), from.patientId(), from.drug(), from.dose(), from.unit(), from.route(),
                BigDecimal.ONE, from.start(), null, from.note()) : from;
    }

    /**
     * A patch: the proposed rate, once a day. An infusion: the proposed daily amount over 24 hours, as a rate. A PRN dose
     * or a PCA bolus: the proposed amount per dose. Otherwise the proposed daily amount split over the old order's number
     * of administrations. Rounded down (never up) to 0.1 mg or 1 mcg; the clinician may change any of them.
     */
    private void fill(RotationResult.Proposal p) {
        int scale = p.unit() == DoseUnit.MG ? 1 : 0;
        if (from.kind() == OrderKind.INFUSION) {
            newOrder.unitProperty().set(p.unit() == DoseUnit.MG ? DoseUnit.MG_PER_HOUR : DoseUnit.MCG_PER_HOUR);
            newOrder.doseProperty().set(p.proposedDailyAmount().divide(BigDecimal.valueOf(24), scale + 1, RoundingMode.DOWN)
                    .stripTrailingZeros().toPlainString());
            return;
        }
        newOrder.unitProperty().set(p.unit());
        if (perDose()) {
            newOrder.doseProperty().set(p.proposedDailyAmount().setScale(scale, RoundingMode.DOWN).stripTrailingZeros().toPlainString());
            return;
        }
        if (p.toRoute() == Route.TRANSDERMAL) {
            newOrder.dosesPerDayProperty().set("1");
            newOrder.doseProperty().set(p.proposedDailyAmount().toPlainString());
            return;
        }
        BigDecimal perDay = from.dosesPerDay();
        newOrder.dosesPerDayProperty().set(perDay.stripTrailingZeros().toPlainString());
        newOrder.doseProperty().set(p.proposedDailyAmount().divide(perDay, scale, RoundingMode.DOWN).stripTrailingZeros().toPlainString());
    }

    public MedicationOrder from() { return from; }
    public OrderFormViewModel newOrder() { return newOrder; }
    /** Reduction for incomplete cross-tolerance, 25 to 50 %. */
    public IntegerProperty reductionPercentProperty() { return reductionPercent; }
    public ReadOnlyStringProperty proposalProperty() { return proposal.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty specialistDosingRequiredProperty() { return specialistDosingRequired.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty proposedProperty() { return proposed.getReadOnlyProperty(); }
}
