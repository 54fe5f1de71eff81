package org.bedsideneuro.ui.regimen;

import java.util.Objects;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeFactorLookup;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.ui.common.ClinicalFormats;

/** One line of the regimen table: an order ready to show, with its full daily MME or why it is not counted. */
public record OrderRow(MedicationOrder order, String drug, String dose, String unit, String route, String dosesPerDay,
                       String start, String stop, String note, boolean running, boolean counted, String mme) {
    public OrderRow {
        Objects.requireNonNull(order, "order");
    }

    static OrderRow of(MedicationOrder o, MmeTable table, ClinicalFormats formats, java.time.Instant now) {
        MmeFactorLookup lookup = table.factorFor(o);
        String mme = lookup instanceof MmeFactorLookup.Counted c
                ? c.dailyMme(o).stripTrailingZeros().toPlainString() + " MME/day"
                        + (c.factor().estimate() ? " (parenteral estimate)" : "")
                : "not counted: " + ((MmeFactorLookup.NotCounted) lookup).explanation();
        boolean running = o.runningAt(now);
        return new OrderRow(o, o.drug(), o.dose().toPlainString(), o.unit().code(), o.route().label(), o.dosesPerDay().toPlainString(),
                formats.dateTime(o.start()), o.stop() == null ? "running" : formats.dateTime(o.stop()), o.note(), running,
                lookup.counted(), mme);
    }

    /** CSS class for the row: stopped orders are muted, orders not counted in MME are marked. */
    public String styleClass() {
        return !running ? "order-stopped" : counted ? "" : "order-not-counted";
    }
}
