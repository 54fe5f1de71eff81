package org.bedsideneuro.domain.finding;

/** A yes/no finding (stimulus sensitivity, hallucinations, hyperalgesia, allodynia, seizure, reinforcement). */
public enum YesNo implements FindingValue {
    YES("yes", "Yes"),
    NO("no", "No");

    private final String code;
    private final String label;

    YesNo(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
