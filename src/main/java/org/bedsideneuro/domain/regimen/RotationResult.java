package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.Objects;

/** The outcome of {@link OpioidRotation#propose}: a dose proposal for the clinician to confirm, or why there is none. */
public sealed interface RotationResult {

    /**
     * A proposed new order: the equianalgesic daily amount of the new drug from the factors, reduced for incomplete
     * cross-tolerance, rounded down. For a transdermal patch the amounts are a patch rate in mcg/h. To be confirmed
     * by the clinician; MME is a population tool, not an individual dose conversion (CDC 2022).
     */
    record Proposal(MedicationOrder from, String toDrug, Route toRoute, BigDecimal fromDailyMme,
                    BigDecimal equianalgesicDailyAmount, BigDecimal reductionPercent, BigDecimal proposedDailyAmount,
                    DoseUnit unit, String explanation) implements RotationResult {
        public Proposal {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toDrug, "to drug");
            Objects.requireNonNull(toRoute, "to route");
            Objects.requireNonNull(proposedDailyAmount, "proposed amount");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** Rotation to or from methadone: its conversion is not linear (CDC 2022); dosing is for a specialist. */
    record SpecialistDosingRequired(String reason) implements RotationResult {
    }

    /** No proposal: a drug or route without a factor (e.g. buprenorphine, intrathecal, sublingual). */
    record NotComputable(String reason) implements RotationResult {
    }
}
