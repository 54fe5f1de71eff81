package org.bedsideneuro.domain.finding;

/** Plantar response (shared/clinical-reference.md section 2). Extensor is the Babinski sign. */
public enum PlantarResponse implements FindingValue {
    FLEXOR("flexor", "Flexor"),
    EXTENSOR("extensor", "Extensor (Babinski)"),
    EQUIVOCAL("equivocal", "Equivocal"),
    ABSENT("absent", "Absent");

    private final String code;
    private final String label;

    PlantarResponse(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
