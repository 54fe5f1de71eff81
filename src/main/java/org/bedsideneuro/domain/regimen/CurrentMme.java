package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A patient's current MME at {@code at}: the full daily amount of the orders running then (reference section 6). */
public record CurrentMme(Instant at, BigDecimal mme, List<MmeContribution> counted, List<NotCountedOrder> notCounted) {
    public CurrentMme {
        Objects.requireNonNull(at, "time");
        Objects.requireNonNull(mme, "MME");
        counted = List.copyOf(counted);
        notCounted = List.copyOf(notCounted);
    }

    public boolean hasNotCounted() {
        return !notCounted.isEmpty();
    }
}
