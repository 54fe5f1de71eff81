package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One conversion factor: morphine milligram equivalents per {@code per} unit of {@code drug} given by {@code route}
 * (for a transdermal patch: per mcg/h of patch rate, giving MME per day). {@code source} is the text shown to the
 * clinician; {@code estimate} marks parenteral factors (a preset's or a custom table's), shown as "parenteral estimate".
 */
public record MmeFactor(String drug, Route route, DoseUnit per, BigDecimal factor, String source, boolean estimate) {
    public MmeFactor {
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(per, "unit");
        if (factor == null || factor.signum() <= 0) {
            throw new IllegalArgumentException("MME factor for " + drug + " " + route.code() + ": must be above 0");
        }
        source = source == null ? "" : source.strip();
        if (source.isEmpty()) {
            throw new IllegalArgumentException("MME factor for " + drug + " " + route.code() + ": a source is required");
        }
        if ((route == Route.TRANSDERMAL) != (per == DoseUnit.MCG_PER_HOUR)) {
            throw new IllegalArgumentException("MME factor for " + drug + ": transdermal factors are per mcg/h, others per mg or mcg");
        }
    }

    /** The dose expressed in this factor's unit (mg and mcg convert into each other). */
    public BigDecimal doseInFactorUnit(BigDecimal dose, DoseUnit unit) {
        if (unit == per) {
            return dose;
        }
        if (unit == DoseUnit.MCG && per == DoseUnit.MG) {
            return dose.movePointLeft(3);
        }
        if (unit == DoseUnit.MG && per == DoseUnit.MCG) {
            return dose.movePointRight(3);
        }
        throw new IllegalArgumentException(unit.code() + " cannot be converted to " + per.code());
    }

    /** "oxycodone oral: 1.5 MME per mg (CDC 2022 ...)". */
    public String describe() {
        return drug + " " + route.code() + ": " + factor.toPlainString() + " MME per " + per.code()
                + (estimate ? " (parenteral estimate; " : " (") + source + ")";
    }
}
