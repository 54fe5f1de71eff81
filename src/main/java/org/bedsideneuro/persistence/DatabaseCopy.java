package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copies everything recorded in one database into another (a ward moving its laptop's file onto the
 * server): clinicians and their accounts (password hashes as stored), patients, orders and the doses given under them
 * (with their withdrawals), every version of every exam with its findings, withdrawals and signatures, drafts, the
 * audit trail, the access log and the ward's parenteral factor
 * choices, rows as they are (same ids, same times, same authors). The target's hash chain is
 * extended over what was copied and verified before the copy commits. What
 * the target already holds is skipped by primary key, so running it twice copies nothing the second time. One
 * transaction on the target: all or nothing.
 * <p>
 * A clinician whose name and role already exist in the target under another id (the same nurse set up on the server
 * first) is mapped onto that id in every row that names them, since the schema allows one clinician per name and role.
 */
public final class DatabaseCopy {
    /** In the order foreign keys need: who, then whom, then what was recorded about them. */
    private static final List<Table> TABLES = List.of(
            table("clinician", "id", "id", Kind.TEXT, "display_name", Kind.TEXT, "role", Kind.TEXT, "created_at", Kind.LONG),
            // Accounts with their Argon2id hashes and parameters as stored (never a password: there is none to copy),
            // keyed by login name, which is what a person types and must stay unique.
            table("account", "login", "clinician_id", Kind.CLINICIAN, "login", Kind.TEXT, "administrator", Kind.BOOL, "disabled", Kind.BOOL,
                    "must_change_password", Kind.BOOL, "pw_algorithm", Kind.TEXT, "pw_version", Kind.INT, "pw_memory_kib", Kind.INT,
                    "pw_iterations", Kind.INT, "pw_parallelism", Kind.INT, "pw_salt", Kind.TEXT, "pw_hash", Kind.TEXT,
                    "failed_logins", Kind.INT, "wait_until", Kind.LONG, "created_at", Kind.LONG, "updated_at", Kind.LONG),
            // The ward's parenteral factor choices (V11), the whole history: the newest, by time, is in force in the target.
            table("parenteral_factor_choice", "id", "id", Kind.TEXT, "chosen_at", Kind.LONG, "chosen_by", Kind.CLINICIAN,
                    "preset", Kind.TEXT, "custom_factors", Kind.TEXT),
            table("patient", "id", "id", Kind.TEXT, "family_name", Kind.TEXT, "given_name", Kind.TEXT, "birth_date", Kind.TEXT,
                    "sex", Kind.TEXT, "ward", Kind.TEXT, "bed", Kind.TEXT, "created_at", Kind.LONG, "created_by", Kind.CLINICIAN,
                    "updated_at", Kind.LONG, "updated_by", Kind.CLINICIAN),
            table("medication_order", "id", "id", Kind.TEXT, "patient_id", Kind.TEXT, "drug", Kind.TEXT, "dose", Kind.TEXT,
                    "unit", Kind.TEXT, "route", Kind.TEXT, "doses_per_day", Kind.TEXT, "start_at", Kind.LONG, "start_offset", Kind.INT,
                    "stop_at", Kind.LONG, "stop_offset", Kind.INT, "note", Kind.TEXT, "entered_at", Kind.LONG, "entered_by", Kind.CLINICIAN,
                    "kind", Kind.TEXT, "indication", Kind.TEXT, "outcome", Kind.TEXT),
            // The administration record (V10) after the orders it was given under; withdrawals after what they withdraw.
            table("administration", "id", "id", Kind.TEXT, "order_id", Kind.TEXT, "patient_id", Kind.TEXT, "given_at", Kind.LONG,
                    "given_offset", Kind.INT, "period_start_at", Kind.LONG, "period_start_offset", Kind.INT, "dose", Kind.TEXT,
                    "unit", Kind.TEXT, "status", Kind.TEXT, "given_by", Kind.CLINICIAN, "note", Kind.TEXT, "recorded_at", Kind.LONG,
                    "recorded_by", Kind.CLINICIAN),
            table("administration_void", "administration_id", "administration_id", Kind.TEXT, "voided_at", Kind.LONG,
                    "voided_by", Kind.CLINICIAN, "reason", Kind.TEXT),
            table("exam", "id", "id", Kind.TEXT, "root_id", Kind.TEXT, "patient_id", Kind.TEXT, "kind", Kind.TEXT,
                    "recorded_at", Kind.LONG, "recorded_offset", Kind.INT, "recorded_by", Kind.CLINICIAN, "note", Kind.TEXT,
                    "is_baseline", Kind.BOOL, "supersedes", Kind.TEXT, "amend_reason", Kind.TEXT, "entered_at", Kind.LONG,
                    "entered_by", Kind.CLINICIAN),
            new Table("finding", List.of("exam_id", "code", "side"), columns("exam_id", Kind.TEXT, "code", Kind.TEXT, "side", Kind.TEXT,
                    "value", Kind.TEXT, "note", Kind.TEXT)),
            // Derived from finding (V8), but copied as it is: the copy check then compares it like every other table.
            table("exam_packed_findings", "exam_id", "exam_id", Kind.TEXT, "findings", Kind.TEXT),
            table("exam_void", "exam_id", "exam_id", Kind.TEXT, "voided_at", Kind.LONG, "voided_by", Kind.CLINICIAN, "reason", Kind.TEXT),
            table("exam_signature", "id", "id", Kind.TEXT, "exam_id", Kind.TEXT, "signer_id", Kind.CLINICIAN, "signer_name", Kind.TEXT,
                    "signer_role", Kind.TEXT, "signed_at", Kind.LONG, "meaning", Kind.TEXT),
            table("draft", "id", "id", Kind.TEXT, "author_id", Kind.CLINICIAN, "patient_id", Kind.TEXT, "form", Kind.TEXT,
                    "amends", Kind.TEXT, "fields", Kind.TEXT, "saved_at", Kind.LONG),
            table("audit_log", "id", "id", Kind.TEXT, "at", Kind.LONG, "clinician_id", Kind.CLINICIAN, "action", Kind.TEXT,
                    "entity", Kind.TEXT, "entity_id", Kind.TEXT, "patient_id", Kind.TEXT, "detail", Kind.TEXT),
            table("access_log", "id", "id", Kind.TEXT, "at", Kind.LONG, "clinician_id", Kind.CLINICIAN, "login", Kind.TEXT, "action", Kind.TEXT,
                    "patient_id", Kind.TEXT, "detail", Kind.TEXT),
            // Where imported records came from in the EHR (V12), after the records they name.
            table("ehr_source", "id", "id", Kind.TEXT, "server", Kind.TEXT, "resource_type", Kind.TEXT, "resource_id", Kind.TEXT,
                    "version", Kind.TEXT, "patient_id", Kind.TEXT, "record_kind", Kind.TEXT, "record_id", Kind.TEXT,
                    "imported_at", Kind.LONG, "imported_by", Kind.CLINICIAN));

    private DatabaseCopy() {
    }

    /** How a column is read and written: the same Java type on both databases (BOOLEAN: 1 on SQLite, true on PostgreSQL). */
    private enum Kind { TEXT, LONG, INT, BOOL, CLINICIAN }

    private record Table(String name, List<String> key, Map<String, Kind> columns) {
        String keyOf(ResultSet rs) throws SQLException {
            StringBuilder k = new StringBuilder();
            for (String column : key) {
                k.append(rs.getString(column)).append('\u0000');
            }
            return k.toString();
        }
    }

    /** Per table: rows in the source, copied, already in the target, and in the target after the copy. */
    public record Count(String table, long inSource, long copied, long alreadyThere, long inTarget) {
    }

    /**
     * Copies {@code from} into {@code to} and then checks, in a fresh read of both, that every row of the source is
     * in the target. Throws {@link DatabaseException} if one is missing (nothing is then claimed as copied).
     */
    public static List<Count> copy(Database from, Database to) {
        Map<String, long[]> copied = from.read(src -> to.write(dst -> copyAll(src.connection(), dst)));
        if (to.onServer()) { // what the copy queued is linked after its commit (V9): it must verify once linked too
            to.sealChain();
            to.read(dst -> dst.chain().verify()).ifPresent(p -> {
                throw new DatabaseException(DatabaseException.Reason.FAILED, "The target's hash chain does not verify: "
                        + p.describe() + ". Run 'check' on the target.");
            });
        }
        return from.read(src -> to.read(dst -> verify(src.connection(), dst.connection(), copied)));
    }

    private static Map<String, long[]> copyAll(Connection src, Session target) throws SQLException {
        Connection dst = target.connection();
        Map<String, String> clinicianIds = clinicianMapping(src, dst);
        Map<String, long[]> result = new LinkedHashMap<>();
        Map<String, List<String>> copiedKeys = new LinkedHashMap<>();
        for (Table t : TABLES) {
            Set<String> present = keys(dst, t);
            List<Map<String, Object>> rows = new ArrayList<>();
            long inSource = 0;
            try (PreparedStatement ps = src.prepareStatement("SELECT * FROM " + t.name()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inSource++;
                    if (t.name().equals("clinician") && clinicianIds.containsKey(rs.getString("id"))
                            && !clinicianIds.get(rs.getString("id")).equals(rs.getString("id"))) {
                        continue; // the same clinician is already in the target under its own id
                    }
                    if (!present.contains(t.keyOf(rs))) {
                        rows.add(read(rs, t, clinicianIds));
                    }
                }
            }
            if (t.name().equals("exam")) {
                rows = supersededFirst(rows);
            }
            if (t.name().equals("account")) {
                refuseSecondAccount(dst, rows);
            }
            insert(dst, t, rows);
            result.put(t.name(), new long[] {inSource, rows.size()});
            copiedKeys.put(t.name(), rows.stream().map(r -> String.valueOf(r.get(t.key().get(0)))).toList());
        }
        // The target's hash chain covers what the copy wrote, as it is stored there.
        for (ChainedTables.Table chained : ChainedTables.TABLES) {
            for (String key : copiedKeys.getOrDefault(chained.table(), List.of())) {
                target.chain().append(chained.entity(), key);
            }
        }
        // Still in the transaction: a chain that does not verify now leaves the target as it was.
        Optional<ChainProblem> broken = target.chain().verify();
        if (broken.isPresent()) {
            throw new DatabaseException(DatabaseException.Reason.FAILED, "The target's hash chain does not verify: "
                    + broken.get().describe() + ". Nothing was copied; run 'check' on the target.");
        }
        return result;
    }

    /** A person has one account: one the target already holds under another login name is not doubled. */
    private static void refuseSecondAccount(Connection dst, List<Map<String, Object>> accounts) throws SQLException {
        Map<String, String> loginByClinician = new HashMap<>();
        try (PreparedStatement ps = dst.prepareStatement("SELECT clinician_id, login FROM account"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                loginByClinician.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Map<String, Object> a : accounts) {
            String there = loginByClinician.get((String) a.get("clinician_id"));
            if (there != null) {
                throw new DatabaseException(DatabaseException.Reason.FAILED, "The account " + a.get("login") + " cannot be copied: the target"
                        + " already has the account " + there + " for the same person. Nothing was copied.");
            }
        }
    }

    /** Source clinician id to target clinician id: the same id, or the target's clinician with the same name and role. */
    private static Map<String, String> clinicianMapping(Connection src, Connection dst) throws SQLException {
        Map<String, String> targetByName = new HashMap<>();
        Set<String> targetIds = new HashSet<>();
        try (PreparedStatement ps = dst.prepareStatement("SELECT id, display_name, role FROM clinician"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                targetIds.add(rs.getString(1));
                targetByName.put(rs.getString(2) + '\u0000' + rs.getString(3), rs.getString(1));
            }
        }
        Map<String, String> mapping = new HashMap<>();
        try (PreparedStatement ps = src.prepareStatement("SELECT id, display_name, role FROM clinician"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                String sameName = targetByName.get(rs.getString(2) + '\u0000' + rs.getString(3));
                mapping.put(id, targetIds.contains(id) || sameName == null ? id : sameName);
            }
        }
        return mapping;
    }

    private static Set<String> keys(Connection c, Table t) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", t.key()) + " FROM " + t.name());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(t.keyOf(rs));
            }
        }
        return keys;
    }

    private static Map<String, Object> read(ResultSet rs, Table t, Map<String, String> clinicianIds) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Map.Entry<String, Kind> column : t.columns().entrySet()) {
            String name = column.getKey();
            Object value = switch (column.getValue()) {
                case TEXT -> rs.getString(name);
                case CLINICIAN -> clinicianIds.getOrDefault(rs.getString(name), rs.getString(name));
                case LONG -> rs.getLong(name);
                case INT -> rs.getInt(name);
                case BOOL -> rs.getBoolean(name);
            };
            row.put(name, rs.wasNull() && column.getValue() != Kind.CLINICIAN ? null : value);
        }
        return row;
    }

    /** An amendment names the version it supersedes (a foreign key): that version goes in first. */
    private static List<Map<String, Object>> supersededFirst(List<Map<String, Object>> exams) {
        Set<String> pending = new HashSet<>();
        exams.forEach(e -> pending.add((String) e.get("id")));
        List<Map<String, Object>> ordered = new ArrayList<>();
        List<Map<String, Object>> left = new ArrayList<>(exams);
        while (!left.isEmpty()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> e : left) {
                Object supersedes = e.get("supersedes");
                if (supersedes == null || !pending.contains(supersedes)) {
                    ordered.add(e);
                } else {
                    next.add(e);
                }
            }
            ordered.forEach(e -> pending.remove(e.get("id")));
            if (next.size() == left.size()) {
                throw new IllegalStateException("exam versions supersede each other in a circle");
            }
            left = next;
        }
        return ordered;
    }

    private static void insert(Connection dst, Table t, List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(t.columns().keySet());
        String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement ps = dst.prepareStatement(sql)) {
            int batched = 0;
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < names.size(); i++) {
                    Sql.bindOne(ps, i + 1, row.get(names.get(i)));
                }
                ps.addBatch();
                if (++batched % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static List<Count> verify(Connection src, Connection dst, Map<String, long[]> copied) throws SQLException {
        List<Count> counts = new ArrayList<>();
        Map<String, String> clinicianIds = clinicianMapping(src, dst);
        for (Table t : TABLES) {
            Set<String> inTarget = keys(dst, t);
            long inSource = 0;
            List<String> missing = new ArrayList<>();
            try (PreparedStatement ps = src.prepareStatement("SELECT " + String.join(", ", t.key()) + " FROM " + t.name());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inSource++;
                    String key = t.name().equals("clinician") ? clinicianIds.get(rs.getString(1)) + '\u0000' : t.keyOf(rs);
                    if (!inTarget.contains(key)) {
                        missing.add(key.replace('\u0000', ' ').strip());
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new DatabaseException(DatabaseException.Reason.FAILED, missing.size() + " row(s) of " + t.name()
                        + " are not in the target after the copy (first: " + missing.get(0) + ").");
            }
            long done = copied.get(t.name())[1];
            counts.add(new Count(t.name(), inSource, done, inSource - done, inTarget.size()));
        }
        return counts;
    }

    private static Table table(String name, String key, Object... columnsAndKinds) {
        return new Table(name, List.of(key), columns(columnsAndKinds));
    }

    private static Map<String, Kind> columns(Object... columnsAndKinds) {
        Map<String, Kind> columns = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndKinds.length; i += 2) {
            columns.put((String) columnsAndKinds[i], (Kind) columnsAndKinds[i + 1]);
        }
        return columns;
    }
}
