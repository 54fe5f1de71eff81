package org.bedsideneuro.domain.finding;

/**
 * Deep tendon reflex grade, NINDS Myotatic Reflex Scale (Hallett, Neurology 1993).
 * Source: shared/clinical-reference.md section 2.
 */
public enum ReflexGrade implements OrdinalValue {
    ABSENT("0", "reflex absent"),
    REDUCED("1", "small, less than normal; trace, or only with reinforcement"),
    LOW_NORMAL("2", "lower half of the normal range"),
    HIGH_NORMAL("3", "upper half of the normal range"),
    ENHANCED("4", "enhanced, more than normal; includes clonus");

    private final String code;
    private final String meaning;

    ReflexGrade(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override public String code() { return code; }
    @Override public int rank() { return ordinal(); }

    public String meaning() { return meaning; }
}
