package org.bedsideneuro.domain.finding;

/** Heel walk (dorsiflexors) and toe walk (plantarflexors), ordered from normal to unable (shared/clinical-reference.md section 3). */
public enum WalkPerformance implements OrdinalValue {
    NORMAL("normal", "Normal"),
    IMPAIRED("impaired", "Impaired"),
    UNABLE("unable", "Unable");

    private final String code;
    private final String label;

    WalkPerformance(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }
}
