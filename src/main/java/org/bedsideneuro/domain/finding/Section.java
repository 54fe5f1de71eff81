package org.bedsideneuro.domain.finding;

/** The sections of the bedside exam, in the order the exam is done at the bedside. */
public enum Section implements Coded {
    STRENGTH("strength", "Strength (MRC)"),
    REFLEXES("reflexes", "Deep tendon reflexes (NINDS)"),
    PLANTAR_CLONUS("plantar_clonus", "Plantar response and clonus"),
    GAIT("gait", "Gait and foot drop"),
    SENSORY("sensory", "Sensory"),
    MYOCLONUS("myoclonus", "Myoclonus"),
    OIN("oin", "Opioid-induced neurotoxicity"),
    LAB("lab", "Laboratory"),
    PAIN("pain", "Pain and function"),
    REVIEW("review", "Opioid review"),
    /** Nerve conduction studies from the laboratory's report (shared/clinical-reference.md section 9): not a bedside section. */
    NCS("ncs", "Nerve conduction studies");

    private final String code;
    private final String label;

    Section(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
