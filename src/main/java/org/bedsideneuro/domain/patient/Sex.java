package org.bedsideneuro.domain.patient;

import org.bedsideneuro.domain.finding.Coded;

/** Administrative sex as in the exchange format's patients.csv. */
public enum Sex implements Coded {
    FEMALE("female", "Female"),
    MALE("male", "Male"),
    OTHER("other", "Other"),
    UNKNOWN("unknown", "Unknown");

    private final String code;
    private final String label;

    Sex(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
