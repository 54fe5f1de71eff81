package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order's share of a day's (or the current) MME: its full daily amount, the fraction of the day it ran, and
 * the MME it contributes (full daily amount x fraction, 2 decimals). Counted as given (from administrations or pump
 * readings) the full daily amount is what was given, and the fraction 1.
 *
 * @param ceiling for a PRN order, its most doses a day x dose x factor: shown for information, never added (section 6);
 *                null for other kinds
 */
public record MmeContribution(MedicationOrder order, MmeFactor factor, BigDecimal fullDailyMme, BigDecimal fractionOfDay, BigDecimal mme,
                              CountedAs countedAs, BigDecimal ceiling) {
    /** Counted as ordered. */
    public MmeContribution(MedicationOrder order, MmeFactor factor, BigDecimal fullDailyMme, BigDecimal fractionOfDay, BigDecimal mme) {
        this(order, factor, fullDailyMme, fractionOfDay, mme, CountedAs.AS_ORDERED, null);
    }

    public MmeContribution {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(fullDailyMme, "full daily MME");
        Objects.requireNonNull(fractionOfDay, "fraction of the day");
        Objects.requireNonNull(mme, "MME");
        Objects.requireNonNull(countedAs, "counted as");
        if (fractionOfDay.signum() < 0 || fractionOfDay.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Fraction of the day: " + fractionOfDay + " is not between 0 and 1");
        }
    }

    /** How a contribution was counted, as the breakdown says it. */
    public enum CountedAs {
        /** Dose x doses per day (or a patch's rate) over the part of the day the order ran. */
        AS_ORDERED("as ordered"),
        /** The doses given that day, from the administration record. */
        AS_GIVEN("as given"),
        /** An infusion's rate over the part of the day it ran. */
        BY_RATE("by rate"),
        /** What a PCA pump delivered, from its readings. */
        PUMP_READINGS("as delivered");

        private final String words;

        CountedAs(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One line of an MME breakdown (clinical reference section 6): "morphine sc 2.5 mg PRN, at most 6/day: 37.5 as given
     * (ceiling 45, not counted); 3 MME per mg (parenteral estimate)".
     */
    public String describe() {
        return order.summary() + ": " + mme.stripTrailingZeros().toPlainString() + " " + countedAs.words()
                + (ceiling == null ? "" : " (ceiling " + ceiling.stripTrailingZeros().toPlainString() + ", not counted)")
                + "; " + factor.factor().stripTrailingZeros().toPlainString() + " MME per " + factor.per().code()
                + (factor.estimate() ? " (parenteral estimate)" : "");
    }
}
