package org.bedsideneuro.domain.exam;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.Section;

/** A neurologist's structured bedside exam, or a (nurse's) observation of myoclonus, OIN items or a lab value. */
public enum ExamKind implements Coded {
    EXAM("exam", "Bedside exam"),
    OBSERVATION("observation", "Observation");

    /**
     * Sections an observation may hold; anything else makes it an exam. Pain and the PEG are a nurse's to record too;
     * an opioid review is a neurologist's, so it is an exam (and signed as one).
     */
    private static final Set<Section> OBSERVATION_SECTIONS = EnumSet.of(Section.MYOCLONUS, Section.OIN, Section.LAB, Section.PAIN);

    private final String code;
    private final String label;

    ExamKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    /**
     * The kind of a group of imported findings: an observation when it holds only myoclonus, OIN, lab and pain items,
     * otherwise an exam. The exchange format has no kind column; this is the natural reading of a group of rows.
     */
    public static ExamKind of(Collection<Finding> findings) {
        return findings.stream().allMatch(f -> OBSERVATION_SECTIONS.contains(f.code().section())) ? OBSERVATION : EXAM;
    }
}
