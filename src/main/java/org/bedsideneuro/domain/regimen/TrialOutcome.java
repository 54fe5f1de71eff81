package org.bedsideneuro.domain.regimen;

import org.bedsideneuro.domain.finding.Coded;

/** How a stopped order's trial ended (clinical reference section 8; medications.csv {@code outcome}). */
public enum TrialOutcome implements Coded {
    EFFECTIVE("effective", "Effective"),
    /** At an adequate dose for an adequate time (2-4 weeks at therapeutic dose, section 8). */
    INEFFECTIVE("ineffective", "Ineffective"),
    NOT_TOLERATED("not_tolerated", "Not tolerated"),
    STOPPED_OTHER("stopped_other", "Stopped for another reason");

    private final String code;
    private final String label;

    TrialOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
}
