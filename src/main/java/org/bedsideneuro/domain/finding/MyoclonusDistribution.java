package org.bedsideneuro.domain.finding;

/** Distribution of myoclonic jerks (shared/clinical-reference.md section 5), ordered by spread. */
public enum MyoclonusDistribution implements OrdinalValue {
    NONE("none", "None"),
    FOCAL("focal", "Focal (one region)"),
    SEGMENTAL("segmental", "Segmental (contiguous regions)"),
    MULTIFOCAL("multifocal", "Multifocal (non-contiguous regions)"),
    GENERALIZED("generalized", "Generalized");

    private final String code;
    private final String label;

    MyoclonusDistribution(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }
}
