package org.bedsideneuro.ui.regimen;

import java.time.Instant;
import java.util.Objects;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeFactorLookup;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.ui.common.ClinicalFormats;

/**
 * One line of the regimen table: an order ready to show, with its full daily MME or why it is not counted, and where
 * an imported order came from ({@code source}: "From the EHR: https://…/MedicationRequest/7 version 2"; empty for an
 * order entered here).
 */
public record OrderRow(MedicationOrder order, String drug, String dose, String unit, String route, String dosesPerDay,
                       String start, String stop, String note, boolean running, boolean counted, String mme, String source) {
    public OrderRow {
        Objects.requireNonNull(order, "order");
        source = source == null ? "" : source;
    }

    /** This row with where the order came from. */
    OrderRow from(String where) {
        return new OrderRow(order, drug, dose, unit, route, dosesPerDay, start, stop, note, running, counted, mme, where);
    }

    static OrderRow of(MedicationOrder o, MmeTable table, ClinicalFormats formats, Instant now) {
        MmeFactorLookup lookup = table.factorFor(o);
        String mme = lookup instanceof MmeFactorLookup.Counted c ? counted(o, c)
                : "not counted: " + ((MmeFactorLookup.NotCounted) lookup).explanation();
        boolean running = o.runningAt(now);
        return new OrderRow(o, o.drug(), o.dose().toPlainString(), o.unit().code(), o.route().label(), perDay(o),
                formats.dateTime(o.start()), o.stop() == null ? "running" : formats.dateTime(o.stop()), o.note(), running,
                lookup.counted(), mme, "");
    }

    /**
     * What the order counts in a day (clinical reference section 6): a scheduled order or an infusion its daily
     * amount; a PRN order only the doses given (its ceiling is shown, never added); a PCA what the pump delivered.
     */
    private static String counted(MedicationOrder o, MmeFactorLookup.Counted c) {
        String estimate = c.factor().estimate() ? " (parenteral estimate)" : "";
        String daily = c.dailyMme(o).stripTrailingZeros().toPlainString();
        return switch (o.kind()) {
            case SCHEDULED, INFUSION -> daily + " MME/day" + estimate;
            case PRN -> "as given; ceiling " + daily + " MME/day, not counted" + estimate;
            case PCA -> "as delivered, from the pump's readings" + estimate;
        };
    }

    /** Doses per day, a PRN order's most a day, or the kind for an infusion or a PCA. */
    private static String perDay(MedicationOrder o) {
        return switch (o.kind()) {
            case SCHEDULED -> o.dosesPerDay().stripTrailingZeros().toPlainString();
            case PRN -> "PRN, at most " + o.dosesPerDay().stripTrailingZeros().toPlainString();
            case INFUSION -> "infusion";
            case PCA -> "PCA bolus";
        };
    }

    /** CSS class for the row: stopped orders are muted, orders not counted in MME are marked. */
    public String styleClass() {
        return !running ? "order-stopped" : counted ? "" : "order-not-counted";
    }
}
