package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/**
 * Dose units of the exchange format's medications.csv: a dose in mg or mcg; a rate in mg/h or mcg/h (an infusion's,
 * or a transdermal patch's in mcg/h).
 */
public enum DoseUnit implements Coded {
    MG("mg"),
    MCG("mcg"),
    MCG_PER_HOUR("mcg/h"),
    MG_PER_HOUR("mg/h");

    private final String code;

    DoseUnit(String code) {
        this.code = code;
    }

    @Override public String code() { return code; }

    public boolean isRate() {
        return this == MCG_PER_HOUR || this == MG_PER_HOUR;
    }

    /** The amount unit of a rate (mg for mg/h, mcg for mcg/h); a dose unit itself. */
    public DoseUnit amountUnit() {
        return switch (this) {
            case MG_PER_HOUR -> MG;
            case MCG_PER_HOUR -> MCG;
            default -> this;
        };
    }
}
