package org.bedsideneuro.ui.patient;

import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.ui.common.ClinicalFormats;

/** One line of a patient's history: one stored version of an exam or observation, ready to show. */
public record HistoryEntry(RecordedExam recorded, String time, String kind, String clinician, int findingCount, String status) {
    public HistoryEntry {
        Objects.requireNonNull(recorded, "recorded");
    }

    public static HistoryEntry of(RecordedExam recorded, ClinicalFormats formats) {
        var exam = recorded.exam();
        return new HistoryEntry(recorded, formats.dateTime(exam.recordedAt()), exam.kind().label(),
                exam.recordedBy().signature(), exam.findings().size(), statusText(recorded));
    }

    /** Plain words for where this version stands; an older or withdrawn version must never pass for the current one. */
    static String statusText(RecordedExam recorded) {
        if (recorded.status() == ExamStatus.VOIDED) {
            return "Voided";
        }
        if (recorded.status() == ExamStatus.AMENDED) {
            return "Amended (older version)";
        }
        return recorded.exam().amendment() == null ? "Current" : "Current (corrected)";
    }

    /** CSS class for the row, so amended and voided versions look different ("" for current ones). */
    public String styleClass() {
        return switch (recorded.status()) {
            case VOIDED -> "exam-voided";
            case AMENDED -> "exam-amended";
            case CURRENT -> "";
        };
    }

    public ExamStatus examStatus() {
        return recorded.status();
    }
}
