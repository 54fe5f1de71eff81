package org.bedsideneuro.domain.finding;

/** Romberg test (shared/clinical-reference.md section 3); positive suggests sensory ataxia. */
public enum Romberg implements FindingValue {
    NEGATIVE("negative", "Negative"),
    POSITIVE("positive", "Positive (sensory ataxia)"),
    UNABLE("unable", "Unable to stand");

    private final String code;
    private final String label;

    Romberg(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
