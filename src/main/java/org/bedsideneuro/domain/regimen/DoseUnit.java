package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/** Dose units of the exchange format's medications.csv; `mcg/h` is a transdermal patch rate. */
public enum DoseUnit implements Coded {
    MG("mg"),
    MCG("mcg"),
    MCG_PER_HOUR("mcg/h");

    private final String code;

    DoseUnit(String code) {
        this.code = code;
    }

    @Override public String code() { return code; }
}
