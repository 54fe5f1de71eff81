package org.bedsideneuro.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The records the hash chain covers and their canonical content: each column read by its type (text, number,
 * boolean), so that SQLite and PostgreSQL give the same bytes, as "column=value" lines; an exam's content includes
 * its findings in (code, side) order, so a finding changed, added or removed shows as its exam changed.
 */
final class ChainedTables {
    static final List<Table> TABLES = List.of(
            table("patient", "patient", "id", "id", "id", "family_name", "given_name", "birth_date", "sex", "ward", "bed",
                    "created_at:L", "created_by", "updated_at:L", "updated_by"),
            table("exam", "exam", "id", "patient_id", "id", "root_id", "patient_id", "kind", "recorded_at:L", "recorded_offset:L",
                    "recorded_by", "note", "is_baseline:B", "supersedes", "amend_reason", "entered_at:L", "entered_by"),
            table("void", "exam_void", "exam_id", "(SELECT e.patient_id FROM exam e WHERE e.id = exam_void.exam_id)",
                    "exam_id", "voided_at:L", "voided_by", "reason"),
            table("signature", "exam_signature", "id", "(SELECT e.patient_id FROM exam e WHERE e.id = exam_signature.exam_id)",
                    "id", "exam_id", "signer_id", "signer_name", "signer_role", "signed_at:L", "meaning"),
            // kind, indication and outcome (V10) are hashed only when they differ from what every order stored before
            // V10 holds (scheduled, not recorded, none): those orders' chain entries stay valid.
            table("order", "medication_order", "id", "patient_id", "id", "patient_id", "drug", "dose", "unit", "route",
                    "doses_per_day", "start_at:L", "start_offset:L", "stop_at:L", "stop_offset:L", "note", "entered_at:L", "entered_by",
                    "kind?scheduled", "indication?", "outcome?"),
            table("administration", "administration", "id", "patient_id", "id", "order_id", "patient_id", "given_at:L", "given_offset:L",
                    "period_start_at:L", "period_start_offset:L", "dose", "unit", "status", "given_by", "note", "recorded_at:L", "recorded_by"),
            table("administration_void", "administration_void", "administration_id",
                    "(SELECT a.patient_id FROM administration a WHERE a.id = administration_void.administration_id)",
                    "administration_id", "voided_at:L", "voided_by", "reason"),
            table("audit", "audit_log", "id", "patient_id", "id", "at:L", "clinician_id", "action", "entity", "entity_id", "patient_id", "detail"),
            table("access", "access_log", "id", "patient_id", "id", "at:L", "clinician_id", "login", "action", "patient_id", "detail"),
            table(ParenteralFactorRepository.ENTITY, "parenteral_factor_choice", "id", null, "id", "chosen_at:L", "chosen_by", "preset",
                    "custom_factors"));

    private ChainedTables() {
    }

    enum Kind { TEXT, LONG, BOOL }

    /**
     * One hashed column. A column added to a table after its records were first chained is {@code optional}: left out
     * of the content while it holds {@code absentValue} (null: while it is NULL), so that adding it changes no stored
     * record's hash, and a record that uses it hashes it like any other column.
     */
    record Column(String name, Kind kind, boolean optional, String absentValue) {
        Column(String name, Kind kind) {
            this(name, kind, false, null);
        }

        boolean leftOut(String value) {
            return optional && Objects.equals(value, absentValue);
        }
    }

    /** One covered table: entity name, key column, the column naming the patient (or null), columns. */
    record Table(String entity, String table, String key, String patientColumn, List<Column> columns) {
        String select() {
            StringBuilder sql = new StringBuilder("SELECT ");
            for (Column c : columns) {
                sql.append(c.name()).append(", ");
            }
            sql.append(patientColumn == null ? "NULL" : patientColumn).append(" AS chain_patient FROM ").append(table);
            return sql.toString();
        }
    }

    /** Columns as "name" (text), "name:L" (number), "name:B" (boolean), "name?default" (optional text, see {@link Column}). */
    private static Table table(String entity, String name, String key, String patient, String... columns) {
        return new Table(entity, name, key, patient, Arrays.stream(columns).map(ChainedTables::column).toList());
    }

    private static Column column(String spec) {
        if (spec.endsWith(":L")) {
            return new Column(spec.substring(0, spec.length() - 2), Kind.LONG);
        }
        if (spec.endsWith(":B")) {
            return new Column(spec.substring(0, spec.length() - 2), Kind.BOOL);
        }
        int optional = spec.indexOf('?');
        if (optional >= 0) {
            String absent = spec.substring(optional + 1);
            return new Column(spec.substring(0, optional), Kind.TEXT, true, absent.isEmpty() ? null : absent);
        }
        return new Column(spec, Kind.TEXT);
    }

    static Table byEntity(String entity) {
        return TABLES.stream().filter(t -> t.entity().equals(entity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a chained entity: " + entity));
    }

    /** Content hash and patient of one stored record, or null when it is not there. */
    static Hashed one(Connection c, Table t, String id) throws SQLException {
        Hashed[] found = {null};
        eachHash(c, null, t, id, (key, hashed) -> found[0] = hashed);
        return found[0];
    }

    /** {@link #one(Connection, Table, String)} with the transaction's reused statements (one per record written). */
    static Hashed one(Session s, Table t, String id) throws SQLException {
        Hashed[] found = {null};
        eachHash(s.connection(), s, t, id, (key, hashed) -> found[0] = hashed);
        return found[0];
    }

    /** Content hash and patient of every record of {@code t}, by key (the upgrade that starts the chain, V6). */
    static Map<String, Hashed> hashes(Connection c, Table t) throws SQLException {
        Map<String, Hashed> out = new LinkedHashMap<>();
        eachHash(c, t, out::put);
        return out;
    }

    /** Receives one record's content hash during {@link #eachHash(Connection, Table, HashVisitor)}. */
    @FunctionalInterface
    interface HashVisitor {
        void visit(String id, Hashed hashed) throws SQLException;
    }

    /**
     * Content hash and patient of every record of {@code t}, handed over one record at a time as the rows stream by.
     * The tamper check runs at every start: on a five-year ward, the text of every exam gathered before
     * any was hashed (286,476 exams, 3.3 million finding lines) was the app's peak memory.
     */
    static void eachHash(Connection c, Table t, HashVisitor visitor) throws SQLException {
        eachHash(c, null, t, null, visitor, null);
    }

    /** Receives, with each exam's hash, the exam's packed findings (V8; null if none) and its finding rows as stored. */
    @FunctionalInterface
    interface ExamFindingsVisitor {
        void visit(String examId, String patientId, String packed, List<String[]> findingRows) throws SQLException;
    }

    /**
     * {@link #eachHash(Connection, Table, HashVisitor)} of the exams, handing {@code findings} each exam's packed text
     * and finding rows too, from the same stream: the tamper check compares them without reading every finding of the
     * ward a second time (a quarter of 'check' on a five-year ward).
     */
    static void eachExamHash(Connection c, HashVisitor visitor, ExamFindingsVisitor findings) throws SQLException {
        eachHash(c, null, byEntity("exam"), null, visitor, findings);
    }

    private static void eachHash(Connection c, Session cached, Table t, String onlyId, HashVisitor visitor) throws SQLException {
        eachHash(c, cached, t, onlyId, visitor, null);
    }

    private static void eachHash(Connection c, Session cached, Table t, String onlyId, HashVisitor visitor,
                                 ExamFindingsVisitor findings) throws SQLException {
        Object[] params = onlyId == null ? new Object[0] : new Object[] {onlyId};
        if (!t.entity().equals("exam")) {
            String sql = t.select() + (onlyId == null ? "" : " WHERE " + t.key() + " = ?");
            each(c, cached, sql, rs -> visitor.visit(rs.getString(t.key()),
                    new Hashed(contentHash(t, canonical(rs, t.columns())), rs.getString("chain_patient"))), params);
            return;
        }
        // An exam with its findings, in the order verification has always read them (code, side): one exam's text
        // held at a time, hashed as soon as the next exam's first row arrives.
        ExamText exam = new ExamText(t, visitor, findings);
        each(c, cached, examWithFindings(t, findings != null) + (onlyId == null ? "" : " WHERE e.id = ?") + " ORDER BY e.id, f.code, f.side", rs -> {
            exam.startIfNew(rs);
            String code = rs.getString("f_code");
            if (code != null) { // LEFT JOIN: an exam without findings has one row with none
                exam.finding(code, rs.getString("f_side"), rs.getString("f_value"), rs.getString("f_note"));
            }
        }, params);
        exam.finish();
        // Findings whose exam is not there (only a change made outside the app leaves any): hashed under that exam id,
        // so that verification names it.
        ExamText orphans = new ExamText(t, visitor, null);
        each(c, cached, "SELECT f.exam_id, f.code, f.side, f.value, f.note FROM finding f WHERE "
                + (onlyId == null ? "" : "f.exam_id = ? AND ") + "NOT EXISTS (SELECT 1 FROM exam e WHERE e.id = f.exam_id)"
                + " ORDER BY f.exam_id, f.code, f.side", rs -> {
            orphans.startOrphanIfNew(rs.getString(1));
            orphans.finding(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        }, params);
        orphans.finish();
    }

    /**
     * The exam's columns under their own names, its patient as chain_patient, and its findings' as f_code, f_side, …;
     * with {@code packed}, its packed findings too, as packed_findings (read once per exam: the driver reads a column
     * only when asked, so its repeats on the exam's other rows cost a lookup, not a copy).
     */
    private static String examWithFindings(Table t, boolean packed) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (Column col : t.columns()) {
            sql.append("e.").append(col.name()).append(" AS ").append(col.name()).append(", ");
        }
        sql.append("e.").append(t.patientColumn()).append(" AS chain_patient, f.code AS f_code, f.side AS f_side,")
                .append(" f.value AS f_value, f.note AS f_note").append(packed ? ", p.findings AS packed_findings" : "")
                .append(" FROM exam e LEFT JOIN finding f ON f.exam_id = e.id");
        return packed ? sql.append(" LEFT JOIN exam_packed_findings p ON p.exam_id = e.id").toString() : sql.toString();
    }

    /** The exam whose rows are streaming by: its text so far, hashed and handed over when the next one starts. */
    private static final class ExamText {
        private final Table table;
        private final HashVisitor visitor;
        /** Null unless the caller wants each exam's packed text and finding rows ({@link #eachExamHash}). */
        private final ExamFindingsVisitor findings;
        private final List<String[]> rows = new ArrayList<>();
        private String id;
        private String patient;
        private String packed;
        private StringBuilder content;

        ExamText(Table table, HashVisitor visitor, ExamFindingsVisitor findings) {
            this.table = table;
            this.visitor = visitor;
            this.findings = findings;
        }

        void startIfNew(ResultSet rs) throws SQLException {
            String rowId = rs.getString("id");
            if (!rowId.equals(id)) {
                finish();
                id = rowId;
                patient = rs.getString("chain_patient");
                packed = findings == null ? null : rs.getString("packed_findings");
                content = canonical(rs, table.columns());
            }
        }

        void finding(String code, String side, String value, String note) {
            findingLine(content, code, side, value, note);
            if (findings != null) {
                rows.add(new String[] {code, side, value, note});
            }
        }

        void startOrphanIfNew(String examId) throws SQLException {
            if (!examId.equals(id)) {
                finish();
                id = examId;
                patient = null;
                content = new StringBuilder("orphan finding\n");
            }
        }

        void finish() throws SQLException {
            if (id != null) {
                visitor.visit(id, new Hashed(contentHash(table, content), patient));
                if (findings != null) {
                    findings.visit(id, patient, packed, rows);
                    rows.clear();
                }
                id = null;
                content = null;
            }
        }
    }

    private static void each(Connection c, Session cached, String sql, Sql.RowConsumer consumer, Object... params) throws SQLException {
        if (cached == null) {
            Sql.each(c, sql, consumer, params);
        } else {
            Sql.each(cached, sql, consumer, params);
        }
    }

    private static void findingLine(StringBuilder exam, String code, String side, String value, String note) {
        exam.append("finding=").append(escape(code)).append('|').append(escape(side)).append('|')
                .append(escape(value)).append('|').append(escape(note)).append('\n');
    }

    /**
     * " RETURNING" and the columns hashed for {@code t}: an INSERT or UPDATE of one row that ends with it gives back
     * the row exactly as stored (after the database's own conversions), to hash without reading it again.
     */
    static String returning(Table t) {
        StringBuilder sql = new StringBuilder(" RETURNING ");
        for (int i = 0; i < t.columns().size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(t.columns().get(i).name());
        }
        return sql.toString();
    }

    /**
     * Runs {@code sql}, an INSERT or UPDATE of at most one row of {@code t}, with {@link #returning} appended, and gives
     * the canonical content of the row it wrote, or empty when it wrote none (ON CONFLICT DO NOTHING, say).
     *
     * <p>Why not read the row back by its key: on the ward server every save did, through the key indexes where the
     * other laptops insert (time-ordered ids); PostgreSQL's SERIALIZABLE predicate locks on those index pages made
     * concurrent saves fail and retry (3,362 retries in 4,000 saves). RETURNING reads no index.
     */
    static Optional<StringBuilder> write(Session s, Table t, String sql, Object... params) throws SQLException {
        List<StringBuilder> rows = Sql.list(s, sql + returning(t), rs -> canonical(rs, t.columns()), params);
        if (rows.size() > 1) {
            throw new IllegalStateException("One " + t.entity() + " written expected, " + rows.size() + " were");
        }
        return rows.stream().findFirst();
    }

    /**
     * Inserts one record of {@code t} whose every hashed column is in {@code row} (column name to the value bound:
     * String, Long or Integer, Boolean, or null), held back for the batch while {@link Session#inBatches} runs, and
     * gives its canonical content, made from the values as bound: a text column stores the text, a number column the
     * number, so this is the content {@link #write} would read back with RETURNING, without a result set to read.
     */
    static StringBuilder insert(Session s, Table t, Map<String, Object> row) throws SQLException {
        StringBuilder content = new StringBuilder();
        for (Column col : t.columns()) {
            if (!row.containsKey(col.name())) {
                throw new IllegalArgumentException("No value for " + t.table() + "." + col.name());
            }
            Object v = row.get(col.name());
            String value = switch (col.kind()) {
                case LONG -> v == null ? "null" : Long.toString(((Number) v).longValue());
                case BOOL -> v == null ? "null" : Boolean.toString((Boolean) v);
                case TEXT -> col.leftOut((String) v) ? null : v == null ? "null" : "'" + escape((String) v);
            };
            if (value != null) {
                content.append(col.name()).append('=').append(value).append('\n');
            }
        }
        String sql = "INSERT INTO " + t.table() + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(row.size(), "?")) + ")";
        if (s.batching()) {
            s.addBatch(sql, row.values().toArray());
        } else {
            Sql.update(s, sql, row.values().toArray());
        }
        return content;
    }

    /**
     * Appends to an exam's content its finding lines (code, side, value, note as written) in the order verification
     * reads them ({@code ORDER BY code, side}), which is the database's ({@link FindingOrder}).
     */
    static void addWrittenFindings(Session s, StringBuilder exam, List<String[]> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        for (String[] f : s.findingOrder().sorted(s, findings)) {
            findingLine(exam, f[0], f[1], f[2], f[3]);
        }
    }

    /** The content hash of a record of {@code t} whose canonical content is {@code content}. */
    static String contentHash(Table t, CharSequence content) {
        return sha256(t.entity() + "\n" + content);
    }

    private static StringBuilder canonical(ResultSet rs, List<Column> columns) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (Column col : columns) {
            String value = switch (col.kind()) {
                case LONG -> {
                    long v = rs.getLong(col.name());
                    yield rs.wasNull() ? "null" : Long.toString(v);
                }
                case BOOL -> {
                    boolean v = rs.getBoolean(col.name());
                    yield rs.wasNull() ? "null" : Boolean.toString(v);
                }
                case TEXT -> {
                    String v = rs.getString(col.name());
                    yield col.leftOut(v) ? null : v == null ? "null" : "'" + escape(v);
                }
            };
            if (value != null) {
                out.append(col.name()).append('=').append(value).append('\n');
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s == null ? "\\0" : s.replace("\\", "\\\\").replace("\n", "\\n").replace("|", "\\|");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A record's content hash and the patient it belongs to (null for none). */
    record Hashed(String contentHash, String patientId) {
    }
}
