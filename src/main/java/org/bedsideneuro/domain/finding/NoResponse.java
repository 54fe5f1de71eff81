package org.bedsideneuro.domain.finding;

/**
 * "absent": no response on a nerve conduction study (shared/clinical-reference.md section 9), a value of its own and
 * never a zero typed for it. Below any positive lower limit; a 100 % fall from any earlier amplitude.
 */
public enum NoResponse implements FindingValue {
    ABSENT("absent", "absent");

    private final String code;
    private final String label;

    NoResponse(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
