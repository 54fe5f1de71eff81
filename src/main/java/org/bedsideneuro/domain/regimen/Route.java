package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/** Routes of administration of the exchange format's medications.csv. */
public enum Route implements Coded {
    ORAL("oral", "Oral"),
    IV("iv", "Intravenous"),
    SC("sc", "Subcutaneous"),
    IM("im", "Intramuscular"),
    TRANSDERMAL("transdermal", "Transdermal"),
    SUBLINGUAL("sublingual", "Sublingual"),
    INTRATHECAL("intrathecal", "Intrathecal");

    private final String code;
    private final String label;

    Route(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    public boolean isParenteral() {
        return this == IV || this == SC || this == IM;
    }
}
