package org.bedsideneuro.domain.ncs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.Section;

/**
 * A nerve conduction study as it is stored: a record of ncs.* findings (exchange format: rows with the same patient,
 * recorded_at and recorded_by), the examiner its recorded_by, the laboratory its note (shared/clinical-reference.md
 * section 9).
 */
public record NerveStudy(Exam exam) {
    public static final String LABORATORY_NOT_RECORDED = "laboratory not recorded";

    public NerveStudy {
        Objects.requireNonNull(exam, "exam");
    }

    /** A record holding only nerve conduction findings: a study, not a bedside exam. */
    public static boolean isStudy(Exam exam) {
        return exam.isNerveConductionStudy();
    }

    /** A record that holds at least one nerve conduction finding. */
    public static boolean recordsNcs(Exam exam) {
        return exam.findings().stream().anyMatch(NerveStudy::isNcs);
    }

    private static boolean isNcs(Finding f) {
        return f.code().section() == Section.NCS;
    }

    /** The laboratory as recorded (the record's note), or empty. */
    public String laboratory() {
        return exam.note();
    }

    public String laboratoryOrNotRecorded() {
        return exam.note().isBlank() ? LABORATORY_NOT_RECORDED : exam.note();
    }

    /**
     * A note for two studies being compared that come from different laboratories or examiners (amplitudes vary most
     * between examiners: reference section 9), or "" when both are the same or cannot be told apart.
     */
    public static String comparabilityNote(Exam earlier, Exam later) {
        List<String> differences = new ArrayList<>();
        String a = earlier.note().strip();
        String b = later.note().strip();
        if (!a.isEmpty() && !b.isEmpty() && !a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT))) {
            differences.add("different laboratories (" + a + "; " + b + ")");
        }
        if (!earlier.recordedBy().displayName().equalsIgnoreCase(later.recordedBy().displayName())) {
            differences.add("different examiners (" + earlier.recordedBy().displayName() + "; " + later.recordedBy().displayName() + ")");
        }
        return differences.isEmpty() ? ""
                : "Note: the studies compared come from " + String.join(" and ", differences) + "; amplitudes vary most between examiners.";
    }
}
