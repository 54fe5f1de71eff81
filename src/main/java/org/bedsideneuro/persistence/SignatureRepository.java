package org.bedsideneuro.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Signatures of exam versions (V7; 21 CFR 11.50, 11.70). Insert-only, audited and chained. The password check is the
 * caller's ({@code service.SigningService}): this layer refuses anyone who may not sign and any version that is not
 * the current one of an exam.
 */
public final class SignatureRepository {
    private static final String COLUMNS = "s.exam_id, s.signer_id, s.signer_name, s.signer_role, s.signed_at, s.meaning";

    private final Session session;

    SignatureRepository(Session session) {
        this.session = session;
    }

    private static Signature map(ResultSet rs) throws SQLException {
        return new Signature(ExamId.parse(rs.getString("exam_id")), ClinicianId.parse(rs.getString("signer_id")), rs.getString("signer_name"),
                Coded.parse(Role.class, rs.getString("signer_role"), "role"), Instant.ofEpochMilli(rs.getLong("signed_at")),
                SignatureMeaning.parse(rs.getString("meaning")));
    }

    /** Signs the current version {@code examId} as {@code signer}, now. */
    public Signature add(ExamId examId, Clinician signer, SignatureMeaning meaning) throws SQLException {
        Permissions.require(signer, Action.SIGN_EXAM);
        RecordedExam exam = session.exams().find(examId).orElseThrow(() -> new RecordConflictException("No exam " + examId));
        if (exam.exam().kind() != ExamKind.EXAM) {
            throw new IllegalArgumentException("Only a neurological exam is signed, not an observation.");
        }
        if (!exam.isCurrent()) {
            throw new RecordConflictException("This version was amended or withdrawn since: open the newest version and sign that one.");
        }
        if (forExam(examId).stream().anyMatch(s -> s.signerId().equals(signer.id()) && s.meaning() == meaning)) {
            throw new RecordConflictException("You have already signed this version as " + meaning.code() + ".");
        }
        Signature signature = new Signature(examId, signer.id(), signer.displayName(), signer.role(), session.now(), meaning);
        String id = UUID.randomUUID().toString();
        session.chain().write("signature", id, exam.exam().patientId().value(),
                "INSERT INTO exam_signature (id, exam_id, signer_id, signer_name, signer_role, signed_at, meaning)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, examId.toString(), signer.id().toString(), signer.displayName(),
                signer.role().code(), Sql.millis(signature.signedAt()), meaning.code());
        session.audit().record(signer, "sign", "exam", examId.toString(), exam.exam().patientId(), "meaning: " + meaning.code());
        return signature;
    }

    /**
     * True when {@code signer} holds an enabled account and {@code password} is its password (21 CFR 11.200(a)(1):
     * every signing uses the password again). Changes nothing; the caller wipes the password.
     */
    boolean passwordMatches(Clinician signer, char[] password) throws SQLException {
        Optional<Account> account = session.accounts().find(signer.id());
        return account.isPresent() && session.accounts().passwordMatches(account.get().login(), password);
    }

    /** Signatures of one exam version, oldest first. */
    public List<Signature> forExam(ExamId examId) throws SQLException {
        return Sql.list(session.connection(), "SELECT " + COLUMNS + " FROM exam_signature s WHERE s.exam_id = ? ORDER BY s.signed_at, s.id",
                SignatureRepository::map, examId.toString());
    }

    /** Signatures of every version of every exam of a patient, by exam version (for the patient page and the PDF). */
    public Map<ExamId, List<Signature>> forPatient(PatientId patient) throws SQLException {
        Map<ExamId, List<Signature>> out = new LinkedHashMap<>();
        for (Signature s : Sql.list(session.connection(), "SELECT " + COLUMNS + " FROM exam_signature s JOIN exam e ON e.id = s.exam_id"
                + " WHERE e.patient_id = ? ORDER BY s.signed_at, s.id", SignatureRepository::map, patient.value())) {
            out.computeIfAbsent(s.examId(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    /**
     * True when this exam version awaits its author's signature: a neurological exam not signed as author yet (an
     * amendment of a signed exam starts unsigned).
     */
    public boolean awaitingSignature(ExamId examId) throws SQLException {
        RecordedExam exam = session.exams().find(examId).orElseThrow(() -> new RecordConflictException("No exam " + examId));
        return exam.exam().kind() == ExamKind.EXAM && forExam(examId).stream().noneMatch(s -> s.meaning() == SignatureMeaning.AUTHOR);
    }
}
