package org.bedsideneuro.domain.finding;

/** Amplitude of myoclonic jerks (shared/clinical-reference.md section 5). */
public enum Amplitude implements OrdinalValue {
    MILD("mild", "Mild"),
    MODERATE("moderate", "Moderate"),
    SEVERE("severe", "Severe");

    private final String code;
    private final String label;

    Amplitude(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }
}
