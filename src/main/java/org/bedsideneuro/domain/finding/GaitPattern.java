package org.bedsideneuro.domain.finding;

/** Gait pattern (shared/clinical-reference.md section 3). Steppage is the high-stepping gait of foot drop. */
public enum GaitPattern implements FindingValue {
    NORMAL("normal", "Normal"),
    STEPPAGE("steppage", "Steppage (high-stepping)"),
    ATAXIC("ataxic", "Ataxic (sensory)"),
    WADDLING("waddling", "Waddling"),
    SPASTIC("spastic", "Spastic"),
    ANTALGIC("antalgic", "Antalgic"),
    UNABLE("unable", "Unable to walk");

    private final String code;
    private final String label;

    GaitPattern(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
