package org.bedsideneuro.domain.finding;

/**
 * The decision of an opioid review (exchange format, {@code review.decision}; clinical reference section 8). A
 * record holding one is an opioid review.
 */
public enum ReviewDecision implements FindingValue {
    CONTINUE("continue", "Continue"),
    REDUCE("reduce", "Reduce (taper)"),
    ROTATE("rotate", "Rotate"),
    STOP("stop", "Stop");

    private final String code;
    private final String label;

    ReviewDecision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
