package org.bedsideneuro.service;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.LocalDrafts;
import org.bedsideneuro.persistence.Work;

/**
 * Saving, amending and signing an exam record (a neurological exam, a nurse's observation, a nerve conduction study):
 * the record and the deletion of its form's draft in one transaction, then the copy of the draft this laptop kept
 * while the ward server could not be reached. A save repeated after a lost answer is recognised by the exam's id and
 * stored once.
 */
public final class ExamService {
    private final Database database;
    private final LocalDrafts local;
    private final SigningService signing;

    public ExamService(Database database, LocalDrafts local) {
        this.database = Objects.requireNonNull(database, "database");
        this.local = Objects.requireNonNull(local, "local drafts");
        this.signing = new SigningService(database);
    }

    /** Saves {@code exam} (an amendment when {@code amendment}) by {@code by}; the draft {@code draftId} goes with it. */
    public Exam save(Exam exam, boolean amendment, Clinician by, Optional<UUID> draftId) {
        database.write(s -> {
            if (amendment) {
                s.exams().amend(exam);
            } else {
                s.exams().add(exam, by); // false: saved by an earlier attempt whose answer was lost
            }
            return deleteDraft(draftId).run(s);
        });
        draftId.ifPresent(id -> local.delete(by.id(), id));
        return exam;
    }

    /**
     * Saves {@code exam} and signs it as its author with {@code password}, its draft deleted in the same transaction:
     * all of it or nothing. The caller wipes {@code password}.
     */
    public Signature saveAndSign(Exam exam, Clinician signer, char[] password, Optional<UUID> draftId) {
        Signature signature = signing.saveAndSign(exam, signer, password, deleteDraft(draftId));
        draftId.ifPresent(id -> local.delete(signer.id(), id));
        return signature;
    }

    /** Signs the saved, current exam {@code examId} as its author. The caller wipes {@code password}. */
    public Signature sign(ExamId examId, Clinician signer, char[] password) {
        return signing.sign(examId, signer, password);
    }

    /**
     * Saves a nerve conduction study typed by {@code clinician}: a first version names its examiner (found or added
     * as a neurologist when someone else did the study); an amendment keeps the version it replaces' examiner.
     */
    public Exam saveStudy(Exam typed, Clinician clinician) {
        return database.write(s -> {
            if (typed.amendment() != null) {
                s.exams().amend(typed); // a signed study is refused here: its amendment must be signed too
                return typed;
            }
            Clinician examinerSaved = typed.recordedBy() == clinician ? clinician
                    : s.clinicians().findOrCreate(typed.recordedBy().displayName(), Role.NEUROLOGIST);
            Exam study = new Exam(typed.id(), typed.patientId(), typed.kind(), typed.recordedAt(), examinerSaved, typed.findings(),
                    typed.note(), false, null);
            s.exams().add(study, clinician);
            return study;
        });
    }

    private static Work<Void> deleteDraft(Optional<UUID> draftId) {
        return s -> {
            if (draftId.isPresent()) {
                s.drafts().delete(draftId.get());
            }
            return null;
        };
    }
}
