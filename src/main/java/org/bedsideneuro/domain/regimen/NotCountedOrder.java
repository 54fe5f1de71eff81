package org.bedsideneuro.domain.regimen;

import java.util.Objects;

/** An order that ran but is not counted in the MME, with the reason (shown, never silently zero). */
public record NotCountedOrder(MedicationOrder order, MmeFactorLookup.NotCounted why) {
    public NotCountedOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(why, "reason");
    }

    /** "buprenorphine sublingual 0.2 mg x 3/day: buprenorphine is not counted ...". */
    public String describe() {
        return order.summary() + ": " + why.explanation();
    }
}
