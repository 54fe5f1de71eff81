package org.bedsideneuro.domain.finding;

/** When the jerks were seen (shared/clinical-reference.md section 5). */
public enum MyoclonusContext implements FindingValue {
    REST("rest", "Rest"),
    ACTION("action", "Action"),
    SLEEP("sleep", "Sleep");

    private final String code;
    private final String label;

    MyoclonusContext(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
