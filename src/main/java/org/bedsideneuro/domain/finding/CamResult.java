package org.bedsideneuro.domain.finding;

/** Delirium screen result, Confusion Assessment Method (CAM). The instrument text is copyrighted and not reproduced (shared/clinical-reference.md section 5). */
public enum CamResult implements FindingValue {
    POSITIVE("positive", "CAM positive (delirium)"),
    NEGATIVE("negative", "CAM negative");

    private final String code;
    private final String label;

    CamResult(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
