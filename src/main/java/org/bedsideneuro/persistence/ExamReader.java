package org.bedsideneuro.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Amendment;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * How {@link ExamRepository} reads exam versions: the statement (one row per version, its findings packed), and the
 * rows turned into {@link RecordedExam}s with each packed line parsed once and each clinician looked up once per read.
 * The repository decides which versions (its WHERE clauses); this class only reads them.
 */
final class ExamReader {
    /**
     * One row per exam version with its packed findings (V8) and the ids of who recorded and entered it: a five-year
     * record is 12,800 rows instead of 140,000 finding rows. The fixed-format columns (ids, kind, times,
     * flags; none can hold a tab: ids are UUIDs, an MRN has no control characters and comes last) arrive joined by
     * tabs in one text column ({@link #FIXED}): the SQLite driver costs about as much per column read as the
     * database costs per row, and fifteen columns a row were over half of reading a five-year record. The free texts
     * (note, reason, packed findings) stay columns of their own. Plain SQL on both databases.
     */
    private static final String TAB = " || '\t' || ";
    private static final String FIXED = "e.id" + TAB + "e.kind" + TAB + "CAST(e.recorded_at AS TEXT)" + TAB + "CAST(e.recorded_offset AS TEXT)"
            + TAB + "CASE WHEN e.is_baseline THEN '1' ELSE '0' END" + TAB + "COALESCE(e.supersedes, '')" + TAB + "CAST(e.entered_at AS TEXT)"
            + TAB + "e.recorded_by" + TAB + "e.entered_by" + TAB;
    private static final String FREE_TEXT_AND_FROM = " AS fixed, e.note, e.amend_reason, p.findings"
            + " FROM exam e LEFT JOIN exam_packed_findings p ON p.exam_id = e.id";
    private static final String SELECT = "SELECT " + FIXED
            + "CASE WHEN EXISTS (SELECT 1 FROM exam n WHERE n.supersedes = e.id) THEN '1' ELSE '0' END"
            + " || CASE WHEN EXISTS (SELECT 1 FROM exam_void v WHERE v.exam_id = e.id) THEN '1' ELSE '0' END" + TAB + "e.patient_id"
            + FREE_TEXT_AND_FROM;
    /**
     * For a WHERE that ends in {@link #CURRENT}: every row it keeps is neither amended nor voided, so the two status
     * flags are constants instead of the same two index probes made again for each row.
     */
    private static final String SELECT_CURRENT = "SELECT " + FIXED + "'00'" + TAB + "e.patient_id" + FREE_TEXT_AND_FROM;
    static final String CURRENT = " NOT EXISTS (SELECT 1 FROM exam n WHERE n.supersedes = e.id)"
            + " AND NOT EXISTS (SELECT 1 FROM exam_void v WHERE v.exam_id = e.id)";

    private static final Comparator<Finding> KEY_ORDER = PackedFindings.KEY_ORDER;

    private final Session session;

    ExamReader(Session session) {
        this.session = session;
    }

    /**
     * The exam versions selected by {@code where}, each with its findings unpacked (one line parsed once per read) and
     * its clinicians looked up once per read. An exam without a packed row (none should be left after V8) has its
     * findings read from the finding table.
     */
    List<RecordedExam> load(String where, Object... params) throws SQLException {
        return loadWith(SELECT, "", where, params);
    }

    /** As {@link #load}, for a {@code where} that ends in {@link #CURRENT}; {@code with}: a WITH clause put before the SELECT. */
    List<RecordedExam> loadCurrent(String with, String where, Object... params) throws SQLException {
        if (!where.endsWith(CURRENT)) {
            throw new IllegalArgumentException("not a statement of current versions only");
        }
        return loadWith(SELECT_CURRENT, with, where, params);
    }

    private List<RecordedExam> loadWith(String select, String with, String where, Object... params) throws SQLException {
        ParsedLines parsed = new ParsedLines();
        Map<String, Clinician> clinicians = new HashMap<>();
        List<RecordedExam> exams = new ArrayList<>();
        List<String[]> rows = Sql.list(session.connection(), with + select + where,
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, params);
        Map<String, PatientId> patients = new HashMap<>();
        RecentFindings recent = new RecentFindings();
        for (String[] r : rows) {
            String[] f = fixedFields(r[0]);
            String id = f[0];
            String packed = r[3];
            List<Finding> findings = packed != null ? recent.get(packed) : null;
            boolean repeated = findings != null;
            if (!repeated) {
                findings = packed != null ? PackedFindings.unpack(packed, parsed) : unpackedFindings(id);
                findings.sort(KEY_ORDER);
            }
            Clinician examiner = clinician(f[7], clinicians);
            Clinician enteredBy = clinician(f[8], clinicians);
            Instant enteredAt = Instant.ofEpochMilli(Long.parseLong(f[6]));
            String supersedes = f[5].isEmpty() ? null : f[5];
            Amendment amendment = supersedes == null ? null : new Amendment(ExamId.parse(supersedes), enteredBy, enteredAt, r[2]);
            PatientId patient = patients.computeIfAbsent(f[10], PatientId::new);
            Exam exam = new Exam(ExamId.parse(id), patient, Coded.parse(ExamKind.class, f[1], "kind"),
                    Sql.time(Long.parseLong(f[2]), Integer.parseInt(f[3])), examiner, findings, r[1], f[4].equals("1"), amendment);
            ExamStatus status = f[9].charAt(1) == '1' ? ExamStatus.VOIDED : f[9].charAt(0) == '1' ? ExamStatus.AMENDED : ExamStatus.CURRENT;
            exams.add(new RecordedExam(exam, status, enteredAt));
            if (packed != null && !repeated) {
                recent.put(packed, exam.findings()); // the exam's own unmodifiable list, shared by any repeat
            }
        }
        return exams;
    }

    /**
     * The eleven fields of {@link #FIXED}: id, kind, recorded_at, recorded_offset, is_baseline (1/0), supersedes (empty
     * for none), entered_at, recorded_by, entered_by, status (amended and voided, 1/0 each), patient_id (the rest of
     * the text).
     */
    private static String[] fixedFields(String text) {
        String[] fields = new String[11];
        int at = 0;
        for (int i = 0; i < 10; i++) {
            int tab = text.indexOf('\t', at);
            if (tab < 0) {
                throw new IllegalStateException("damaged exam row in database: " + text);
            }
            fields[i] = text.substring(at, tab);
            at = tab + 1;
        }
        fields[10] = text.substring(at);
        return fields;
    }

    private Clinician clinician(String id, Map<String, Clinician> known) throws SQLException {
        Clinician c = known.get(id);
        if (c == null) {
            c = Sql.one(session, "SELECT " + ClinicianRepository.COLUMNS + " FROM clinician c WHERE c.id = ?", ClinicianRepository::map, id)
                    .orElseThrow(() -> new IllegalStateException("exam names a clinician not in the database: " + id));
            known.put(id, c);
        }
        return c;
    }

    private List<Finding> unpackedFindings(String examId) throws SQLException {
        return new ArrayList<>(Sql.list(session, "SELECT code, side, value, note FROM finding WHERE exam_id = ?",
                rs -> parse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), examId));
    }

    static Finding parse(String code, String side, String value, String note) {
        FindingCode findingCode = FindingCode.byCode(code).orElseThrow(() -> new IllegalStateException("unknown finding code in database"));
        return Finding.parse(findingCode, side, value, note);
    }
}
