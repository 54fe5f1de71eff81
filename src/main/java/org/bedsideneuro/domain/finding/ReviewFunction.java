package org.bedsideneuro.domain.finding;

/** Function since the last opioid review (exchange format, {@code review.function}; clinical reference section 8). */
public enum ReviewFunction implements FindingValue {
    BETTER("better", "Better"),
    SAME("same", "Same"),
    WORSE("worse", "Worse");

    private final String code;
    private final String label;

    ReviewFunction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
