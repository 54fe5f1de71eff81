package org.bedsideneuro.domain.clinician;

import org.bedsideneuro.domain.finding.Coded;

/** A clinician's role on the ward. Codes as in the exchange format's `role` column. */
public enum Role implements Coded {
    NEUROLOGIST("neurologist", "Neurologist"),
    NURSE("nurse", "Nurse"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
