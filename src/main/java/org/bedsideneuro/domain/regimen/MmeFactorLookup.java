package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/** The answer of {@link MmeTable#factorFor}: a factor to count the order with, or why it is not counted. */
public sealed interface MmeFactorLookup {
    /** A whole day of an infusion counts 24 hours of its rate, on a 23- or 25-hour day too (reference section 6). */
    BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    boolean counted();

    /** The order is counted with this factor. */
    record Counted(MmeFactor factor) implements MmeFactorLookup {
        public Counted {
            Objects.requireNonNull(factor, "factor");
        }

        @Override public boolean counted() { return true; }

        /**
         * Full daily MME of the order as ordered (clinical reference section 6): dose x doses per day x factor (for a
         * PRN order its ceiling, never counted); an infusion's rate x 24 hours x factor; a PCA has none (only what the
         * pump delivered counts).
         */
        public BigDecimal dailyMme(MedicationOrder order) {
            return switch (order.kind()) {
                case SCHEDULED, PRN -> factor.doseInFactorUnit(order.dose(), order.unit()).multiply(order.dosesPerDay())
                        .multiply(factor.factor());
                case INFUSION -> mmeOf(order.dose().multiply(HOURS_PER_DAY), order.unit().amountUnit());
                case PCA -> BigDecimal.ZERO;
            };
        }

        /** The MME of an amount given (mg or mcg) of this factor's drug and route. */
        public BigDecimal mmeOf(BigDecimal amount, DoseUnit unit) {
            return factor.doseInFactorUnit(amount, unit).multiply(factor.factor());
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
