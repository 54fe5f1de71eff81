package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One order's share of a day's (or the current) MME: its full daily amount, the fraction of the day it ran, and
 * the MME it contributes (full daily amount x fraction, 2 decimals).
 */
public record MmeContribution(MedicationOrder order, MmeFactor factor, BigDecimal fullDailyMme, BigDecimal fractionOfDay, BigDecimal mme) {
    public MmeContribution {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(fullDailyMme, "full daily MME");
        Objects.requireNonNull(fractionOfDay, "fraction of the day");
        Objects.requireNonNull(mme, "MME");
        if (fractionOfDay.signum() < 0 || fractionOfDay.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Fraction of the day: " + fractionOfDay + " is not between 0 and 1");
        }
    }
}
