package org.bedsideneuro.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the hash chain covers and their canonical content: each column read by its type (text, number,
 * boolean), so that SQLite and PostgreSQL give the same bytes, as "column=value" lines; an exam's content includes
 * its findings in (code, side) order, so a finding changed, added or removed shows as its exam changed.
 */
final class ChainedTables {
    enum Kind { TEXT, LONG, BOOL }

    record Column(String name, Kind kind) {
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

    static final List<Table> TABLES = List.of(
            table("patient", "patient", "id", "id", "id", "family_name", "given_name", "birth_date", "sex", "ward", "bed",
                    "created_at:L", "created_by", "updated_at:L", "updated_by"),
            table("exam", "exam", "id", "patient_id", "id", "root_id", "patient_id", "kind", "recorded_at:L", "recorded_offset:L",
                    "recorded_by", "note", "is_baseline:B", "supersedes", "amend_reason", "entered_at:L", "entered_by"),
            table("void", "exam_void", "exam_id", "(SELECT e.patient_id FROM exam e WHERE e.id = exam_void.exam_id)",
                    "exam_id", "voided_at:L", "voided_by", "reason"),
            table("signature", "exam_signature", "id", "(SELECT e.patient_id FROM exam e WHERE e.id = exam_signature.exam_id)",
                    "id", "exam_id", "signer_id", "signer_name", "signer_role", "signed_at:L", "meaning"),
            table("order", "medication_order", "id", "patient_id", "id", "patient_id", "drug", "dose", "unit", "route",
                    "doses_per_day", "start_at:L", "start_offset:L", "stop_at:L", "stop_offset:L", "note", "entered_at:L", "entered_by"),
            table("audit", "audit_log", "id", "patient_id", "id", "at:L", "clinician_id", "action", "entity", "entity_id", "patient_id", "detail"),
            table("access", "access_log", "id", "patient_id", "id", "at:L", "clinician_id", "login", "action", "patient_id", "detail"));

    private ChainedTables() {
    }

    private static Table table(String entity, String name, String key, String patient, String... columns) {
        return new Table(entity, name, key, patient, java.util.Arrays.stream(columns).map(c -> c.endsWith(":L")
                ? new Column(c.substring(0, c.length() - 2), Kind.LONG) : c.endsWith(":B")
                ? new Column(c.substring(0, c.length() - 2), Kind.BOOL) : new Column(c, Kind.TEXT)).toList());
    }

    static Table byEntity(String entity) {
        return TABLES.stream().filter(t -> t.entity().equals(entity)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a chained entity: " + entity));
    }

    /** Content hash and patient of one stored record, or null when it is not there. */
    static Hashed one(Connection c, Table t, String id) throws SQLException {
        Map<String, Hashed> found = hashes(c, null, t, id);
        return found.get(id);
    }

    /** {@link #one(Connection, Table, String)} with the transaction's reused statements (one per record written). */
    static Hashed one(Session s, Table t, String id) throws SQLException {
        Map<String, Hashed> found = hashes(s.connection(), s, t, id);
        return found.get(id);
    }

    /** Content hash and patient of every record of {@code t} (or of the one with key {@code onlyId}), by key. */
    static Map<String, Hashed> hashes(Connection c, Table t, String onlyId) throws SQLException {
        return hashes(c, null, t, onlyId);
    }

    private static <T> List<T> query(Connection c, Session cached, String sql, Sql.RowMapper<T> mapper, Object... params) throws SQLException {
        return cached == null ? Sql.list(c, sql, mapper, params) : Sql.list(cached, sql, mapper, params);
    }

    private static Map<String, Hashed> hashes(Connection c, Session cached, Table t, String onlyId) throws SQLException {
        Map<String, StringBuilder> content = new LinkedHashMap<>();
        Map<String, String> patients = new LinkedHashMap<>();
        String sql = t.select() + (onlyId == null ? "" : " WHERE " + t.key() + " = ?");
        query(c, cached, sql, rs -> {
            String id = rs.getString(t.key());
            content.put(id, canonical(rs, t.columns()));
            patients.put(id, rs.getString("chain_patient"));
            return null;
        }, onlyId == null ? new Object[0] : new Object[] {onlyId});
        if (t.entity().equals("exam")) {
            addFindings(c, cached, content, onlyId);
        }
        Map<String, Hashed> out = new LinkedHashMap<>();
        for (Map.Entry<String, StringBuilder> e : content.entrySet()) {
            out.put(e.getKey(), new Hashed(sha256(t.entity() + "\n" + e.getValue()), patients.get(e.getKey())));
        }
        return out;
    }

    private static void addFindings(Connection c, Session cached, Map<String, StringBuilder> exams, String onlyId) throws SQLException {
        query(c, cached, "SELECT exam_id, code, side, value, note FROM finding" + (onlyId == null ? "" : " WHERE exam_id = ?")
                        + " ORDER BY exam_id, code, side", rs -> {
            StringBuilder exam = exams.computeIfAbsent(rs.getString(1), k -> new StringBuilder("orphan finding\n"));
            exam.append("finding=").append(escape(rs.getString(2))).append('|').append(escape(rs.getString(3))).append('|')
                    .append(escape(rs.getString(4))).append('|').append(escape(rs.getString(5))).append('\n');
            return null;
        }, onlyId == null ? new Object[0] : new Object[] {onlyId});
    }

    private static StringBuilder canonical(ResultSet rs, List<Column> columns) throws SQLException {
        StringBuilder out = new StringBuilder();
        for (Column col : columns) {
            out.append(col.name()).append('=');
            switch (col.kind()) {
                case LONG -> {
                    long v = rs.getLong(col.name());
                    out.append(rs.wasNull() ? "null" : Long.toString(v));
                }
                case BOOL -> {
                    boolean v = rs.getBoolean(col.name());
                    out.append(rs.wasNull() ? "null" : Boolean.toString(v));
                }
                case TEXT -> {
                    String v = rs.getString(col.name());
                    out.append(v == null ? "null" : "'" + escape(v));
                }
            }
            out.append('\n');
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
