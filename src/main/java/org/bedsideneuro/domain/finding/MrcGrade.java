package org.bedsideneuro.domain.finding;

/**
 * Muscle strength on the Medical Research Council scale with the 4-, 4, 4+ subdivisions.
 * Source: shared/clinical-reference.md section 1 (MRC scale). Order 0 &lt; 1 &lt; 2 &lt; 3 &lt; 4- &lt; 4 &lt; 4+ &lt; 5;
 * wherever a score or a "full grade" is counted, 4-, 4 and 4+ count as 4.
 */
public enum MrcGrade implements OrdinalValue {
    ZERO("0", 0, "no contraction"),
    ONE("1", 1, "flicker or trace of contraction"),
    TWO("2", 2, "active movement with gravity eliminated"),
    THREE("3", 3, "active movement against gravity"),
    FOUR_MINUS("4-", 4, "against gravity and slight resistance"),
    FOUR("4", 4, "against gravity and moderate resistance"),
    FOUR_PLUS("4+", 4, "against gravity and strong resistance"),
    FIVE("5", 5, "normal power");

    private final String code;
    private final int fullGrade;
    private final String meaning;

    MrcGrade(String code, int fullGrade, String meaning) {
        this.code = code;
        this.fullGrade = fullGrade;
        this.meaning = meaning;
    }

    @Override public String code() { return code; }
    @Override public String label() { return code; }
    @Override public int rank() { return ordinal(); }

    /** The whole grade 0-5 used by scores and by the "one full grade" rules: 4-, 4 and 4+ are 4. */
    public int fullGrade() { return fullGrade; }

    public String meaning() { return meaning; }
}
