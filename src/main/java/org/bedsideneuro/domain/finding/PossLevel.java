package org.bedsideneuro.domain.finding;

/**
 * Pasero Opioid-induced Sedation Scale (POSS) level. Level names only: the instrument text is not reproduced.
 * Source: shared/clinical-reference.md section 5. Levels 3 and 4 are unacceptable (hold/reduce, or stop and
 * consider naloxone).
 */
public enum PossLevel implements OrdinalValue {
    ASLEEP("S", "S - asleep, easy to arouse", true),
    AWAKE("1", "1 - awake and alert", true),
    SLIGHTLY_DROWSY("2", "2 - slightly drowsy, easily aroused", true),
    FREQUENTLY_DROWSY("3", "3 - frequently drowsy, drifts off", false),
    SOMNOLENT("4", "4 - somnolent, minimal or no response", false);

    private final String code;
    private final String label;
    private final boolean acceptable;

    PossLevel(String code, String label, boolean acceptable) {
        this.code = code;
        this.label = label;
        this.acceptable = acceptable;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public int rank() { return ordinal(); }

    public boolean acceptable() { return acceptable; }
}
