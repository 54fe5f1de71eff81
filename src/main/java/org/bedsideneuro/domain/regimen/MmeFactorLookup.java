package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/** The answer of {@link MmeTable#factorFor}: a factor to count the order with, or why it is not counted. */
public sealed interface MmeFactorLookup {

    boolean counted();

    /** The order is counted with this factor. */
    record Counted(MmeFactor factor) implements MmeFactorLookup {
        public Counted {
            Objects.requireNonNull(factor, "factor");
        }

        @Override public boolean counted() { return true; }

        /** Full daily MME of the order: dose x doses per day x factor (clinical reference section 6). */
        public BigDecimal dailyMme(MedicationOrder order) {
            return factor.doseInFactorUnit(order.dose(), order.unit()).multiply(order.dosesPerDay()).multiply(factor.factor());
        }
    }

    /** The order is not counted: shown and marked as such, never counted as zero silently. */
    record NotCounted(NotCountedReason reason, String explanation) implements MmeFactorLookup {
        public NotCounted {
            Objects.requireNonNull(reason, "reason");
            explanation = explanation == null || explanation.isBlank() ? reason.description() : explanation.strip();
        }

        @Override public boolean counted() { return false; }
    }
}
