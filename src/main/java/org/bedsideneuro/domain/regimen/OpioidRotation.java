package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Opioid rotation (shared/clinical-reference.md section 6): the new opioid's equianalgesic daily amount from the MME
 * factors, reduced by 25-50 % for incomplete cross-tolerance (default 25 %), as a proposal the clinician confirms.
 * Rotation to or from methadone is not computed: specialist dosing is required.
 */
public final class OpioidRotation {
    /** shared/clinical-reference.md section 6: reduce by 25-50 %, default 25 %. */
    public static final BigDecimal DEFAULT_REDUCTION_PERCENT = new BigDecimal("25");
    public static final BigDecimal MIN_REDUCTION_PERCENT = new BigDecimal("25");
    public static final BigDecimal MAX_REDUCTION_PERCENT = new BigDecimal("50");
    /** shared/clinical-reference.md section 6: methadone's conversion is not linear (CDC 2022). */
    static final String METHADONE = "methadone";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MmeTable table;

    public OpioidRotation(MmeTable table) {
        this.table = Objects.requireNonNull(table, "MME table");
    }

    public RotationResult propose(MedicationOrder from, String toDrug, Route toRoute) {
        return propose(from, toDrug, toRoute, DEFAULT_REDUCTION_PERCENT);
    }

    public RotationResult propose(MedicationOrder from, String toDrug, Route toRoute, BigDecimal reductionPercent) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toDrug, "to drug");
        Objects.requireNonNull(toRoute, "to route");
        if (reductionPercent == null || reductionPercent.compareTo(MIN_REDUCTION_PERCENT) < 0
                || reductionPercent.compareTo(MAX_REDUCTION_PERCENT) > 0) {
            throw new IllegalArgumentException("Reduction for incomplete cross-tolerance: must be 25 to 50 %");
        }
        if (from.drug().equals(METHADONE) || toDrug.equals(METHADONE)) {
            return new RotationResult.SpecialistDosingRequired(
                    "Rotation " + (from.drug().equals(METHADONE) ? "from" : "to")
                            + " methadone: its conversion is not linear (CDC 2022); specialist dosing required");
        }
        MmeFactorLookup fromLookup = table.factorFor(from);
        if (!(fromLookup instanceof MmeFactorLookup.Counted fromFactor)) {
            return new RotationResult.NotComputable("Current order " + from.summary() + ": "
                    + ((MmeFactorLookup.NotCounted) fromLookup).explanation());
        }
        MmeFactorLookup toLookup = table.factorFor(toDrug, toRoute);
        if (!(toLookup instanceof MmeFactorLookup.Counted toFactor)) {
            return new RotationResult.NotComputable("New " + toDrug + " " + toRoute.code() + ": "
                    + ((MmeFactorLookup.NotCounted) toLookup).explanation());
        }
        BigDecimal dailyMme = fromFactor.dailyMme(from);
        MmeFactor target = toFactor.factor();
        BigDecimal equianalgesic = dailyMme.divide(target.factor(), MathContext.DECIMAL64);
        BigDecimal keep = BigDecimal.ONE.subtract(reductionPercent.divide(HUNDRED, MathContext.DECIMAL64));
        // Rounded down, so the rounding never adds to the dose: mg to 0.1, mcg and mcg/h to whole numbers (ours).
        int scale = target.per() == DoseUnit.MG ? 1 : 0;
        BigDecimal proposed = equianalgesic.multiply(keep, MathContext.DECIMAL64).setScale(scale, RoundingMode.DOWN);
        BigDecimal shownEquianalgesic = equianalgesic.setScale(2, RoundingMode.HALF_UP);
        String per = toRoute == Route.TRANSDERMAL ? " (patch rate)" : " per day";
        String explanation = from.summary() + " = " + dailyMme.stripTrailingZeros().toPlainString() + " MME/day; "
                + "equianalgesic " + toDrug + " " + toRoute.code() + " " + shownEquianalgesic.toPlainString() + " " + target.per().code() + per
                + " (" + target.describe() + "); reduced by " + reductionPercent.stripTrailingZeros().toPlainString()
                + " % for incomplete cross-tolerance: " + proposed.toPlainString() + " " + target.per().code() + per
                + ". A proposal: the clinician confirms the dose and divides it into administrations.";
        return new RotationResult.Proposal(from, toDrug, toRoute, dailyMme, shownEquianalgesic, reductionPercent, proposed,
                target.per(), explanation);
    }
}
