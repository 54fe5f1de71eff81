package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The daily MME of one calendar day: the total over counted opioid orders (each weighted by the fraction of the day
 * it ran), the contributions, and the orders that ran that day but are not counted.
 */
public record DailyMmeResult(LocalDate date, BigDecimal mme, List<MmeContribution> counted, List<NotCountedOrder> notCounted) {
    public DailyMmeResult {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mme, "MME");
        counted = List.copyOf(counted);
        notCounted = List.copyOf(notCounted);
    }

    /** True when an order ran that day without being counted: the total is then a lower bound. */
    public boolean hasNotCounted() {
        return !notCounted.isEmpty();
    }

    /** True when opioids not counted ran that day (adjuvants aside): the MME understates the opioid load. */
    public boolean hasUncountedOpioid() {
        return !uncountedOpioids().isEmpty();
    }

    /**
     * The orders not counted that day other than adjuvants: opioids (buprenorphine, intrathecal, a route without a
     * factor) and drugs BedsideNeuro does not know, which may be opioids (clinical reference section 6).
     */
    public List<NotCountedOrder> uncountedOpioids() {
        return notCounted.stream().filter(n -> n.why().reason() != NotCountedReason.ADJUVANT).toList();
    }
}
