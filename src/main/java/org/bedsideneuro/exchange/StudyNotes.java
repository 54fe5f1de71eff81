package org.bedsideneuro.exchange;

import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.Section;

/**
 * Where a nerve conduction study's laboratory travels in findings.csv. In the app the laboratory is the study's note
 * (shared/clinical-reference.md section 9); the format has a note per row only, so a study's note is written on each
 * of its rows that has no note of its own, and a study whose rows all carry the same note imports with that note as
 * the study's. Import then export gives back the same rows; an exam or observation's notes stay per finding.
 */
final class StudyNotes {
    private StudyNotes() {
    }

    /** A group of imported rows as one record's findings and note. */
    record Split(List<Finding> findings, String recordNote) {
    }

    static Split split(List<Finding> findings) {
        if (findings.isEmpty() || !findings.stream().allMatch(f -> f.code().section() == Section.NCS)) {
            return new Split(findings, "");
        }
        String note = findings.get(0).note();
        if (note.isEmpty() || !findings.stream().allMatch(f -> f.note().equals(note))) {
            return new Split(findings, "");
        }
        return new Split(findings.stream().map(f -> new Finding(f.code(), f.side(), f.value(), "")).toList(), note);
    }

    /** The note column of a finding's row: its own note, else (in a study) the study's laboratory. */
    static String rowNote(Exam exam, Finding f) {
        return f.note().isEmpty() && exam.isNerveConductionStudy() ? exam.note() : f.note();
    }
}
