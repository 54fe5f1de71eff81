package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.exam.Amendment;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.ExamTimeOrder;
import org.bedsideneuro.domain.exam.LatestRecording;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Exams and observations. Rows are only inserted: an amendment is a new version naming the one it supersedes, a
 * withdrawal is a row in exam_void. Nothing recorded is updated in place or deleted.
 */
public final class ExamRepository {
    /** See {@link ExamReader#CURRENT}. */
    private static final String CURRENT = ExamReader.CURRENT;

    // ON CONFLICT on the id only: a retried save is told apart in one statement, without a probe first (a round trip to
    // the ward server for every save); another unique constraint (two amendments of one version) still fails.
    private static final String INSERT_EXAM = "INSERT INTO exam (id, root_id, patient_id, kind, recorded_at, recorded_offset, recorded_by,"
            + " note, is_baseline, supersedes, amend_reason, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING";
    private static final String INSERT_FINDING = "INSERT INTO finding (exam_id, code, side, value, note) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_PACKED = "INSERT INTO exam_packed_findings (exam_id, findings) VALUES (?, ?)";

    private final Session session;
    private final ExamReader reader;

    ExamRepository(Session session) {
        this.session = session;
        this.reader = new ExamReader(session);
    }

    /**
     * Saves the first version of an exam or observation, attributed to {@code enteredBy}. Returns false, writing
     * nothing, when this very exam (same id, same entries) is already saved: a save retried after the ward server's
     * acknowledgement was lost (nothing is saved twice). The id is the client's, made once per form.
     */
    public boolean add(Exam exam, Clinician enteredBy) throws SQLException {
        if (exam.amendment() != null) {
            throw new IllegalArgumentException("An amendment is saved with amend(), not add()");
        }
        Permissions.require(enteredBy, actionFor(exam.kind()));
        exam.requireNotInFuture(session.now());
        Written written = insert(exam, exam.id(), enteredBy, null);
        if (written == null) {
            // The id is taken: this very exam, saved by an earlier attempt (or a conflict, thrown from there).
            alreadySaved(exam);
            return false;
        }
        session.audit().record(enteredBy, "create", exam.kind().code(), exam.id().toString(), exam.patientId(),
                exam.findings().size() + " findings recorded for " + exam.recordedAt());
        writeFindings(written);
        return true;
    }

    /**
     * True when an exam with this id is saved with the same entries (no exception is thrown through a failed INSERT:
     * on PostgreSQL that would abort the transaction). The same id with other entries: the first attempt was saved,
     * then the form was changed; saving it as a new exam would make two, so the clinician is told to amend instead.
     */
    private boolean alreadySaved(Exam exam) throws SQLException {
        // A primary-key probe first: on every first save (nearly all of them) that is all it costs.
        if (Sql.one(session.connection(), "SELECT 1 FROM exam WHERE id = ?", rs -> 1, exam.id().toString()).isEmpty()) {
            return false;
        }
        Optional<RecordedExam> saved = find(exam.id());
        if (saved.isEmpty()) {
            return false;
        }
        if (sameEntries(saved.get().exam(), exam)) {
            return true;
        }
        throw new RecordConflictException("This " + (exam.kind() == ExamKind.EXAM ? "exam" : "observation")
                + " was already saved (the server received it before the connection dropped) with other entries than the form"
                + " shows now. Your entries are still here: open the saved version from the history and amend it.");
    }

    /** The findings as their stored text (BigDecimal's equals would tell "5" from "5.0"). */
    private static Set<String> storedForm(Exam exam) {
        return exam.findings().stream().map(f -> f.code().code() + '|' + (f.side() == null ? "" : f.side().code()) + '|'
                + f.value().code() + '|' + (f.note() == null ? "" : f.note())).collect(Collectors.toSet());
    }

    private static boolean sameEntries(Exam saved, Exam retried) {
        return saved.patientId().equals(retried.patientId()) && saved.kind() == retried.kind()
                && saved.recordedBy().id().equals(retried.recordedBy().id())
                && storedForm(saved).equals(storedForm(retried))
                && saved.note().equals(retried.note())
                && Objects.equals(saved.amendment() == null ? null : saved.amendment().supersedes(),
                        retried.amendment() == null ? null : retried.amendment().supersedes());
    }

    /**
     * Saves a new version of an exam. The version it supersedes must still be current: if someone else amended or
     * voided it meanwhile, nothing is written and the conflict names them. Returns false when this very amendment is
     * already saved (see {@link #add}).
     */
    public boolean amend(Exam newVersion) throws SQLException {
        Optional<RecordedExam> old = checkAmendment(newVersion);
        if (old.isEmpty()) {
            return false; // a retried amendment whose first attempt was saved: not a second version, not a conflict with itself
        }
        List<Signature> signatures = session.signatures().forExam(old.get().exam().id());
        if (!signatures.isEmpty()) {
            // 21 CFR 11.10(e), 11.70: a signed record is never replaced by an unsigned one. The UI offers only
            // "Save and sign…" here; this refusal is the control for any other caller.
            throw new AccessDeniedException("This exam is signed (" + signatures.get(0).text(session.zone())
                    + "): an amendment must be signed too, with your password (Save and sign…). Nothing was saved.");
        }
        return insertAmendment(newVersion, old.get());
    }

    /**
     * Saves an amendment and signs it as its author in this transaction, {@code password} checked against the
     * amending neurologist's account here: the only way to amend a signed exam. Empty, with
     * nothing written, when the password is wrong. The signed original and its signature stay in the history.
     * A retry of an amendment already saved and signed (its answer lost) returns that signature, writing nothing.
     */
    public Optional<Signature> amendAndSign(Exam newVersion, char[] password) throws SQLException {
        Optional<RecordedExam> old = checkAmendment(newVersion);
        Clinician signer = newVersion.amendment().by();
        Permissions.require(signer, Action.SIGN_EXAM);
        if (!session.signatures().passwordMatches(signer, password)) {
            return Optional.empty();
        }
        if (old.isEmpty() || !insertAmendment(newVersion, old.get())) {
            return signatureAlreadyThere(newVersion.id(), signer);
        }
        return Optional.of(session.signatures().add(newVersion.id(), signer, SignatureMeaning.AUTHOR));
    }

    /** Saves a new exam and signs it as its author in this transaction; empty, nothing written, on a wrong password. */
    public Optional<Signature> addAndSign(Exam exam, Clinician enteredBy, char[] password) throws SQLException {
        Permissions.require(enteredBy, Action.SIGN_EXAM);
        if (!session.signatures().passwordMatches(enteredBy, password)) {
            return Optional.empty();
        }
        if (!add(exam, enteredBy)) {
            return signatureAlreadyThere(exam.id(), enteredBy);
        }
        return Optional.of(session.signatures().add(exam.id(), enteredBy, SignatureMeaning.AUTHOR));
    }

    /** The exam was saved by an earlier attempt (with its signature, in the same transaction); sign it now if not. */
    private Optional<Signature> signatureAlreadyThere(ExamId examId, Clinician signer) throws SQLException {
        Optional<Signature> earlier = session.signatures().forExam(examId).stream().findFirst();
        return earlier.isPresent() ? earlier : Optional.of(session.signatures().add(examId, signer, SignatureMeaning.AUTHOR));
    }

    /** Empty when this very amendment is already saved; otherwise the version it supersedes, checked to be current. */
    private Optional<RecordedExam> checkAmendment(Exam newVersion) throws SQLException {
        Amendment amendment = newVersion.amendment();
        if (amendment == null) {
            throw new IllegalArgumentException("amend() needs an exam with an amendment (who, when, why)");
        }
        if (alreadySaved(newVersion)) {
            return Optional.empty();
        }
        RecordedExam old = find(amendment.supersedes())
                .orElseThrow(() -> new RecordConflictException("The exam being amended no longer exists"));
        Permissions.require(amendment.by(), actionFor(old.exam().kind()));
        if (!old.exam().patientId().equals(newVersion.patientId())) {
            throw new IllegalArgumentException("An amendment must stay with the same patient");
        }
        refuseIfNotCurrent(old);
        return Optional.of(old);
    }

    private boolean insertAmendment(Exam newVersion, RecordedExam old) throws SQLException {
        Amendment amendment = newVersion.amendment();
        String rootId = Sql.one(session.connection(), "SELECT root_id FROM exam WHERE id = ?", rs -> rs.getString(1),
                old.exam().id().toString()).orElseThrow();
        Written written = insert(newVersion, ExamId.parse(rootId), amendment.by(), amendment.reason());
        if (written == null) {
            alreadySaved(newVersion); // taken since the check above: a retry racing its first attempt
            return false;
        }
        session.audit().record(amendment.by(), "amend", newVersion.kind().code(), newVersion.id().toString(), newVersion.patientId(),
                "amends " + old.exam().id() + ": " + amendment.reason());
        writeFindings(written);
        return true;
    }

    /** Withdraws an exam entered in error. It stays in the history, marked as voided, with who, when and why. */
    public void voidExam(ExamId id, Clinician by, String reason) throws SQLException {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Reason for withdrawing the exam: required");
        }
        RecordedExam old = find(id).orElseThrow(() -> new RecordConflictException("No exam " + id));
        Permissions.require(by, actionFor(old.exam().kind()));
        refuseIfNotCurrent(old);
        session.chain().write("void", id.toString(), old.exam().patientId().value(),
                "INSERT INTO exam_void (exam_id, voided_at, voided_by, reason) VALUES (?, ?, ?, ?)",
                id.toString(), Sql.millis(session.now()), by.id().toString(), why);
        session.audit().record(by, "void", old.exam().kind().code(), id.toString(), old.exam().patientId(), why);
    }

    /** Exams are a neurologist's; observations anyone's on the ward. */
    static Action actionFor(ExamKind kind) {
        return kind == ExamKind.EXAM ? Action.RECORD_EXAM : Action.RECORD_OBSERVATION;
    }

    public Optional<RecordedExam> find(ExamId id) throws SQLException {
        List<RecordedExam> found = reader.load(" WHERE e.id = ?", id.toString());
        return found.stream().findFirst();
    }

    /** Every version of every exam and observation of a patient, newest first (by time of the exam, then of entry). */
    public List<RecordedExam> history(PatientId patient) throws SQLException {
        List<RecordedExam> all = reader.load(" WHERE e.patient_id = ?", patient.value());
        all.sort(Comparator.comparing((RecordedExam r) -> r.exam().recordedAt().toInstant())
                .thenComparing(RecordedExam::enteredAt).reversed());
        return all;
    }

    /** The current version of each exam and observation of a patient, oldest first: what trends and flags read. */
    public List<Exam> current(PatientId patient) throws SQLException {
        return sortedExams(reader.loadCurrent("", " WHERE e.patient_id = ? AND" + CURRENT, patient.value()));
    }

    /** The current version of every exam on the ward, oldest first (for the ward export). */
    public List<Exam> allCurrent() throws SQLException {
        return sortedExams(reader.loadCurrent("", " WHERE" + CURRENT));
    }

    /**
     * The current versions among {@code history} (as {@link #history} returns it), in the order {@link #current} gives:
     * the same exams without reading the record a second time when the history is read anyway.
     */
    public static List<Exam> currentOf(List<RecordedExam> history) {
        return sortedExams(history.stream().filter(r -> r.status() == ExamStatus.CURRENT).toList());
    }

    /** The current exam recorded for this patient at this moment by this clinician, if there is one. */
    public Optional<Exam> findCurrent(PatientId patient, Instant recordedAt, ClinicianId by) throws SQLException {
        return reader.loadCurrent("", " WHERE e.patient_id = ? AND e.recorded_at = ? AND e.recorded_by = ? AND" + CURRENT,
                patient.value(), recordedAt.toEpochMilli(), by.toString()).stream().map(RecordedExam::exam).findFirst();
    }

    /**
     * When each patient was last observed or examined (current versions only). Per patient, the index on
     * (patient_id, recorded_at) is read from the newest exam back to the first current one: a few rows per patient,
     * where MAX over a GROUP BY read every exam of the ward (seconds on a five-year ward, at every start-up).
     */
    public Map<PatientId, Instant> lastRecorded() throws SQLException {
        Map<PatientId, Instant> last = new HashMap<>();
        for (Object[] row : Sql.list(session.connection(), "SELECT p.id, (SELECT e.recorded_at FROM exam e WHERE e.patient_id = p.id AND"
                + CURRENT + " ORDER BY e.recorded_at DESC LIMIT 1) AS last_at FROM patient p", rs -> {
                    long at = rs.getLong(2);
                    return rs.wasNull() ? null : new Object[] {rs.getString(1), at};
                })) {
            if (row != null) {
                last.put(new PatientId((String) row[0]), Instant.ofEpochMilli((Long) row[1]));
            }
        }
        return last;
    }

    /**
     * For every patient, the current exams recorded from the earliest of the {@code needs}' latest moments on, oldest
     * first (patients for whom no need is met are absent). One statement each for exams and findings: per patient, the
     * index on (patient_id, recorded_at) is read from the newest exam back to the first that meets each need, as
     * {@link #lastRecorded()} does, then only the suffix from the earliest of those moments is loaded. On a five-year
     * ward that is a few exams per patient instead of all 286,000.
     */
    public Map<PatientId, List<Exam>> currentSinceLatest(List<LatestRecording> needs) throws SQLException {
        if (needs.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>();
        List<String> moments = new ArrayList<>();
        int alias = 0;
        for (LatestRecording need : needs) {
            String first = latestMoment("l" + alias++, need, null, params);
            moments.add(first);
            if (need.instants() == 2) {
                List<Object> again = new ArrayList<>();
                String firstAgain = latestMoment("l" + alias++, need, null, again);
                List<Object> second = new ArrayList<>();
                String earlier = latestMoment("l" + alias++, need, firstAgain, second);
                // The bound's parameters come first in the text: "recorded_at < (bound)" precedes the need's own tests.
                List<Object> ordered = new ArrayList<>(again);
                ordered.addAll(second);
                params.addAll(ordered);
                moments.add(earlier);
            }
        }
        StringBuilder with = new StringBuilder("WITH latest AS MATERIALIZED (SELECT p.id AS pid");
        for (int i = 0; i < moments.size(); i++) {
            with.append(", ").append(moments.get(i)).append(" AS t").append(i);
        }
        // MIN over a UNION ALL ignores the needs not met (NULL) on both databases, where SQLite's min(a, b) would not.
        with.append(" FROM patient p), since AS MATERIALIZED (SELECT pid, MIN(t) AS since_at FROM (");
        for (int i = 0; i < moments.size(); i++) {
            with.append(i == 0 ? "" : " UNION ALL ").append("SELECT pid, t").append(i).append(" AS t FROM latest");
        }
        with.append(") moments GROUP BY pid) ");
        String suffix = " JOIN since s ON s.pid = e.patient_id WHERE e.recorded_at >= s.since_at AND" + CURRENT;
        Object[] bound = params.toArray();
        List<RecordedExam> loaded = reader.loadCurrent(with.toString(), suffix, bound);
        Map<PatientId, List<Exam>> byPatient = new HashMap<>();
        for (Exam e : sortedExams(loaded)) {
            byPatient.computeIfAbsent(e.patientId(), k -> new ArrayList<>()).add(e);
        }
        return byPatient;
    }

    /**
     * A scalar subquery: the latest recorded_at of a current exam of patient {@code p} that meets {@code need}, before
     * the moment {@code before} (another such subquery) when given. Appends its parameters in text order.
     */
    private static String latestMoment(String a, LatestRecording need, String before, List<Object> params) {
        StringBuilder sql = new StringBuilder("(SELECT ").append(a).append(".recorded_at FROM exam ").append(a)
                .append(" WHERE ").append(a).append(".patient_id = p.id");
        if (before != null) {
            sql.append(" AND ").append(a).append(".recorded_at < ").append(before);
        }
        if (!need.anyOf().isEmpty()) {
            List<String> codes = need.anyOf().stream().map(FindingCode::code).sorted().toList();
            sql.append(" AND EXISTS (SELECT 1 FROM finding f WHERE f.exam_id = ").append(a).append(".id AND f.code IN (")
                    .append(String.join(", ", Collections.nCopies(codes.size(), "?"))).append("))");
            params.addAll(codes);
        }
        for (FindingCode code : need.allOf().stream().sorted().toList()) {
            sql.append(" AND EXISTS (SELECT 1 FROM finding f WHERE f.exam_id = ").append(a).append(".id AND f.code = ?)");
            params.add(code.code());
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM exam n WHERE n.supersedes = ").append(a).append(".id)")
                .append(" AND NOT EXISTS (SELECT 1 FROM exam_void v WHERE v.exam_id = ").append(a).append(".id)")
                .append(" ORDER BY ").append(a).append(".recorded_at DESC LIMIT 1)");
        return sql.toString();
    }

    private static List<Exam> sortedExams(List<RecordedExam> recorded) {
        return ExamTimeOrder.byTimeThenId(recorded.stream().map(RecordedExam::exam).toList());
    }

    private void refuseIfNotCurrent(RecordedExam old) throws SQLException {
        if (old.status() == ExamStatus.VOIDED) {
            throw new RecordConflictException("This exam was withdrawn meanwhile; it cannot be changed.");
        }
        if (old.status() == ExamStatus.AMENDED) {
            String by = Sql.one(session.connection(),
                    "SELECT c.display_name, e.entered_at FROM exam e JOIN clinician c ON c.id = e.entered_by WHERE e.supersedes = ?",
                    rs -> rs.getString(1) + " at " + Instant.ofEpochMilli(rs.getLong(2)), old.exam().id().toString()).orElse("someone else");
            throw new RecordConflictException("This exam was already amended by " + by + ". Open the newest version and amend that one.");
        }
    }

    /** An exam row written, whose findings (code, side, value, note as stored) are still to be written. */
    private record Written(String id, List<Finding> findings, List<String[]> rows) {
    }

    /**
     * The exam row and its chain entry, hashed with its findings as they will be written, with the
     * transaction's reused statements; null (nothing written) when its id is already taken. The caller writes the
     * findings with {@link #writeFindings} as the last statements of the save.
     */
    private Written insert(Exam exam, ExamId root, Clinician enteredBy, String reason) throws SQLException {
        ChainedTables.Table chained = ChainedTables.byEntity("exam");
        StringBuilder content;
        try {
            Optional<StringBuilder> written = ChainedTables.write(session, chained, INSERT_EXAM,
                    exam.id().toString(), root.toString(), exam.patientId().value(), exam.kind().code(),
                    Sql.millis(exam.recordedAt().toInstant()), Sql.offsetSeconds(exam.recordedAt()), exam.recordedBy().id().toString(),
                    exam.note(), exam.baseline(),
                    exam.amendment() == null ? null : exam.amendment().supersedes().toString(), reason,
                    Sql.millis(session.now()), enteredBy.id().toString());
            if (written.isEmpty()) {
                return null;
            }
            content = written.get();
        } catch (SQLException e) {
            if (session.dialect().isUniqueViolation(e)) {
                throw new RecordConflictException(exam.amendment() == null
                        ? "This exam is already saved."
                        : "This exam was amended by someone else at the same moment. Open the newest version and amend that one.");
            }
            throw e;
        }
        String id = exam.id().toString();
        List<Finding> findings = exam.findings();
        List<String[]> rows = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            rows.add(new String[] {f.code().code(), f.side() == null ? "" : f.side().code(), f.value().code(), f.note()});
        }
        // The exam and its findings are one chained record, hashed from the row and the findings
        // as written, not read back.
        ChainedTables.addWrittenFindings(session, content, rows);
        session.chain().appendWritten("exam", id, exam.patientId().value(), ChainedTables.contentHash(chained, content));
        return new Written(id, findings, rows);
    }

    /**
     * The findings and their packed copy (V8) of an exam {@link #insert} wrote, in the same transaction (the packed copy
     * can never disagree with the finding rows). Last in a save on purpose: each finding row's foreign key is checked
     * by reading the exam's key index, on the page where every laptop inserts its exams (time-ordered ids). On the
     * ward server, under SERIALIZABLE, a read there early in a save let the saves of the other laptops write after it
     * and commit first, so saves failed and were retried; read just before the commit, it rarely is.
     */
    private void writeFindings(Written exam) throws SQLException {
        // The chain entries queued so far (the exam's, the audit entry's) are written first, for the same reason.
        RecordChain.flushQueued(session);
        if (!exam.rows().isEmpty()) {
            PreparedStatement ps = session.prepared(INSERT_FINDING);
            for (String[] f : exam.rows()) {
                Sql.bind(ps, exam.id(), f[0], f[1], f[2], f[3]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Sql.update(session, INSERT_PACKED, exam.id(), PackedFindings.pack(exam.findings()));
    }

    /**
     * Fills exam_packed_findings for every exam that has no row there yet: run once, by the migration run that creates
     * the table (V8), for the exams stored before it. Reads the finding rows in exam order and writes as it goes.
     */
    int packMissing() throws SQLException {
        Connection c = session.connection();
        int packed = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT e.id, f.code, f.side, f.value, f.note FROM exam e"
                + " LEFT JOIN finding f ON f.exam_id = e.id"
                + " WHERE NOT EXISTS (SELECT 1 FROM exam_packed_findings p WHERE p.exam_id = e.id) ORDER BY e.id")) {
            read.setFetchSize(10_000); // PostgreSQL streams instead of holding every finding of the ward
            Map<String, Finding> parsed = new HashMap<>();
            try (ResultSet rs = read.executeQuery()) {
                String examId = null;
                List<Finding> findings = new ArrayList<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(examId)) {
                        if (examId != null) {
                            writePacked(examId, findings);
                            packed++;
                        }
                        examId = id;
                        findings = new ArrayList<>();
                    }
                    String code = rs.getString(2);
                    if (code != null) {
                        String side = rs.getString(3);
                        String value = rs.getString(4);
                        String note = rs.getString(5);
                        findings.add(note.isEmpty() ? parsed.computeIfAbsent(code + '\u0000' + side + '\u0000' + value, k -> ExamReader.parse(code, side, value, note))
                                : ExamReader.parse(code, side, value, note));
                    }
                }
                if (examId != null) {
                    writePacked(examId, findings);
                    packed++;
                }
            }
        }
        return packed;
    }

    private void writePacked(String examId, List<Finding> findings) throws SQLException {
        Sql.update(session, INSERT_PACKED, examId, PackedFindings.pack(findings));
    }
}
