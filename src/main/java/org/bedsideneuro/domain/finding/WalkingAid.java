package org.bedsideneuro.domain.finding;

/** Walking aid, ordered by growing reliance (shared/clinical-reference.md section 3). */
public enum WalkingAid implements OrdinalValue {
    NONE("none", "None"),
    CANE("cane", "Cane"),
    WALKER("walker", "Walker"),
    WHEELCHAIR("wheelchair", "Wheelchair"),
    BEDBOUND("bedbound", "Bedbound");

    private final String code;
    private final String label;

    WalkingAid(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }
}
