package org.bedsideneuro.domain.finding;

/** Highest level of pinprick loss per side, the stocking distribution from none to thigh (shared/clinical-reference.md section 4). */
public enum PinprickLevel implements OrdinalValue {
    NONE("none", "No loss"),
    TOES("toes", "Toes"),
    ANKLE("ankle", "Ankle"),
    MID_SHIN("mid_shin", "Mid-shin"),
    KNEE("knee", "Knee"),
    THIGH("thigh", "Thigh");

    private final String code;
    private final String label;

    PinprickLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }
}
