package org.bedsideneuro.domain.finding;

/**
 * Adverse effects named at an opioid review (exchange format, {@code review.adverse_effects}). {@link #NONE} stands
 * alone: "none" together with an effect is refused.
 */
public enum AdverseEffect implements FindingValue {
    NONE("none", "None"),
    SEDATION("sedation", "Sedation"),
    CONSTIPATION("constipation", "Constipation"),
    NAUSEA("nausea", "Nausea"),
    CONFUSION("confusion", "Confusion"),
    MYOCLONUS("myoclonus", "Myoclonus"),
    HYPERALGESIA("hyperalgesia", "Hyperalgesia"),
    FALLS("falls", "Falls"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    AdverseEffect(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
