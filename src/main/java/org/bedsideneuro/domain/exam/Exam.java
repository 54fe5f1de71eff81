package org.bedsideneuro.domain.exam;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Findings recorded together by one clinician at one time: a bedside exam or an observation. One version of it:
 * an amendment is a new Exam whose {@link #amendment()} names the version it replaces.
 * A finding left out means "not examined", never "normal".
 */
public record Exam(ExamId id, PatientId patientId, ExamKind kind, OffsetDateTime recordedAt, Clinician recordedBy,
                   List<Finding> findings, String note, boolean baseline, Amendment amendment) {

    public Exam {
        Objects.requireNonNull(id, "exam id");
        Objects.requireNonNull(patientId, "patient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordedAt, "time of the exam");
        Objects.requireNonNull(recordedBy, "clinician");
        // Stored to the millisecond: truncate here so a saved exam reads back equal to what was saved.
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("An exam or observation needs at least one finding");
        }
        // Unmodifiable, and indexed by finding code and side (a duplicate is refused there).
        findings = findings instanceof FindingList already ? already : new FindingList(findings);
        note = note == null ? "" : note.strip();
    }

    /** A new, first version. */
    public static Exam record(PatientId patient, ExamKind kind, OffsetDateTime at, Clinician by, List<Finding> findings, String note) {
        return new Exam(ExamId.random(), patient, kind, at, by, findings, note, false, null);
    }

    /**
     * The same exam under another id: a form keeps one id from its first save attempt to the one that succeeds, so a
     * save retried after a lost acknowledgement is recognised as already saved, never stored twice.
     */
    public Exam withId(ExamId other) {
        return new Exam(other, patientId, kind, recordedAt, recordedBy, findings, note, baseline, amendment);
    }

    /** A new version of this exam with other findings, keeping its time and examiner. */
    public Exam amend(List<Finding> newFindings, String newNote, Clinician by, Instant at, String reason) {
        return new Exam(ExamId.random(), patientId, kind, recordedAt, recordedBy, newFindings, newNote, baseline,
                new Amendment(id, by, at, reason));
    }

    /** Fails when the exam is dated after {@code now}: findings are recorded for the past or the present, never the future. */
    public Exam requireNotInFuture(Instant now) {
        if (recordedAt.toInstant().isAfter(now)) {
            throw new IllegalArgumentException("Time of the exam: " + recordedAt + " is in the future");
        }
        return this;
    }

    /**
     * A nerve conduction study: a record of nerve conduction findings only (shared/clinical-reference.md section 9),
     * stored as a record like an exam, read beside the bedside exams but never as one of them.
     */
    public boolean isNerveConductionStudy() {
        return findings.stream().allMatch(f -> f.code().section() == Section.NCS);
    }

    public Optional<Amendment> optionalAmendment() {
        return Optional.ofNullable(amendment);
    }

    public Optional<Finding> finding(FindingKey key) {
        // One array read (FindingList): the flag rules ask this of every exam of a record for every finding.
        return Optional.ofNullable(((FindingList) findings).find(key));
    }

    public Optional<FindingValue> value(FindingCode code, Side side) {
        Finding f = ((FindingList) findings).find(code, side);
        return f == null ? Optional.empty() : Optional.of(f.value());
    }

    /**
     * True when this record is an opioid review: it holds a review decision (exchange format, review.decision;
     * clinical reference section 8).
     */
    public boolean isOpioidReview() {
        return value(FindingCode.REVIEW_DECISION).isPresent();
    }

    public Optional<FindingValue> value(FindingCode code) {
        return value(code, null);
    }
}
