package org.bedsideneuro.ui.patient;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.ui.common.ClinicalFormats;

/**
 * One line of a patient's history: one stored version of an exam or observation, ready to show, with its signatures
 * (21 CFR 11.50): "Signed by NAME, ROLE, DATE TIME — meaning: author", one per line; "Not signed"
 * for a neurological exam awaiting its signature; "" for a nurse's observation, which is attributed (Clinician), not
 * signed. Every version keeps its own: the signed original of an amended exam still shows its signature.
 */
public record HistoryEntry(RecordedExam recorded, String time, String kind, String clinician, int findingCount, String status,
                           List<Signature> signatures, String signatureText) {
    public static final String NOT_SIGNED = "Not signed";

    public HistoryEntry {
        Objects.requireNonNull(recorded, "recorded");
        signatures = List.copyOf(signatures);
        signatureText = signatureText == null ? "" : signatureText;
    }

    public static HistoryEntry of(RecordedExam recorded, ClinicalFormats formats) {
        return of(recorded, formats, List.of(), ZoneId.systemDefault());
    }

    public static HistoryEntry of(RecordedExam recorded, ClinicalFormats formats, List<Signature> signatures, ZoneId zone) {
        var exam = recorded.exam();
        String kind = exam.isNerveConductionStudy() ? "Nerve conduction study" : exam.kind().label();
        return new HistoryEntry(recorded, formats.dateTime(exam.recordedAt()), kind,
                exam.recordedBy().signature(), exam.findings().size(), statusText(recorded), signatures, signatureText(exam.kind(), signatures, zone));
    }

    static String signatureText(ExamKind kind, List<Signature> signatures, ZoneId zone) {
        if (!signatures.isEmpty()) {
            return String.join("\n", signatures.stream().map(s -> s.text(zone)).toList());
        }
        return kind == ExamKind.EXAM ? NOT_SIGNED : "";
    }

    /** True for a neurological exam with no author's signature yet (what "Sign…" is offered for, when current). */
    public boolean awaitsSignature() {
        return recorded.exam().kind() == ExamKind.EXAM && signatures.stream().noneMatch(s -> s.meaning() == SignatureMeaning.AUTHOR);
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
