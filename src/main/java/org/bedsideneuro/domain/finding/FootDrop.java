package org.bedsideneuro.domain.finding;

/** Foot drop per side, ordered from none to complete (shared/clinical-reference.md section 3). */
public enum FootDrop implements OrdinalValue {
    NONE("none", "None"),
    PARTIAL("partial", "Partial (weak dorsiflexion, reduced toe clearance)"),
    COMPLETE("complete", "Complete (no effective dorsiflexion)");

    private final String code;
    private final String label;

    FootDrop(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }
}
