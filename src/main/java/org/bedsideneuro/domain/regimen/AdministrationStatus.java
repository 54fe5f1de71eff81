package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/**
 * What happened to a dose on the medication administration record (exchange format, administrations.csv
 * {@code status}). Only a given dose counts; a held, refused or not given one records the scheduled dose and counts 0.
 */
public enum AdministrationStatus implements Coded {
    GIVEN("given", "Given"),
    HELD("held", "Held"),
    REFUSED("refused", "Refused"),
    NOT_GIVEN("not_given", "Not given");

    private final String code;
    private final String label;

    AdministrationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    public boolean counts() {
        return this == GIVEN;
    }
}
