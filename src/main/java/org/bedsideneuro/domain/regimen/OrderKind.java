package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/**
 * How an order is given (clinical reference section 6; exchange format, medications.csv {@code kind}): what it counts
 * in the daily MME follows from it.
 */
public enum OrderKind implements Coded {
    /** A dose every so often: counted as ordered, or as given on a day with administrations recorded. */
    SCHEDULED("scheduled", "Scheduled"),
    /** As needed: a dose when the patient asks, up to the order's daily maximum; only doses given count. */
    PRN("prn", "As needed (PRN)"),
    /** A continuous iv or sc infusion (a syringe driver) at a rate in mg/h or mcg/h; a rate change is a new order. */
    INFUSION("infusion", "Infusion"),
    /** Patient-controlled analgesia: what the pump delivered counts, from its readings; a basal rate is an infusion. */
    PCA("pca", "PCA");

    private final String code;
    private final String label;

    OrderKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    /** Whether the order states doses per day (for a PRN order: the most it allows a day). */
    public boolean hasDosesPerDay() {
        return this == SCHEDULED || this == PRN;
    }
}
