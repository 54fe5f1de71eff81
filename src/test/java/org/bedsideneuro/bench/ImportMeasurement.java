package org.bedsideneuro.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.exchange.CsvExporter;
import org.bedsideneuro.exchange.CsvImporter;
import org.bedsideneuro.exchange.ExportScope;
import org.bedsideneuro.exchange.ImportReport;
import org.bedsideneuro.persistence.Database;

/**
 * Importing the whole synthetic ward from the exchange format (exported with CsvExporter first, not timed) into a new
 * database, against the same rows (clinicians, patients, orders, doses charted, exams with their findings and packed copy,
 * one audit row each, and the chain entries of both, with placeholder hashes) inserted with plain JDBC in one
 * transaction into a new database with the same settings, as the save measurements' floors do. Each run starts from a freshly migrated
 * file (migration not timed); import and floor runs alternate.
 */
final class ImportMeasurement implements Measurement {
    private static final Clinician IMPORTER = Clinician.create("os:bench", Role.OTHER);

    @Override
    public String shortName() {
        return "import";
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        Path folder = ctx.dir().resolve("exchange-ward");
        new CsvExporter(ctx.db()).export(folder, ExportScope.wholeWard(), true);
        Path small = ctx.dir().resolve("exchange-one");
        new CsvExporter(ctx.db()).export(small, ExportScope.patient(ctx.ward().shortStay()), true);

        for (int w = 0; w < 3; w++) { // warm-up: class loading and JIT of the import path on one small patient
            importInto(ctx, small, ctx.dir().resolve("warmup-" + w + ".db"), null);
        }
        Samples product = new Samples();
        Samples floor = new Samples();
        long findings = 0;
        for (int i = 0; i < ctx.options().importRuns(); i++) {
            findings = importInto(ctx, folder, ctx.dir().resolve("import-" + i + ".db"), product);
            Path target = ctx.dir().resolve("floor-" + i + ".db");
            Database.open(target, ctx.clock()).close(); // migrated, not timed
            // Read for the floor's turn only, not timed, and dropped after it: held through the import, the floor's
            // rows (every finding of the ward) were a large live heap that each of the import's collections had to
            // go through, which the app importing never has.
            Rows rows = Rows.read(ctx.databaseFile());
            long start = System.nanoTime();
            rows.insertInto(target);
            floor.add(Stopwatch.millisSince(start));
            deleteDatabase(target);
        }
        return List.of(new Result("import whole ward, CSV exchange (" + findings + " findings)", "ms", product,
                "plain JDBC, same rows", floor, Result.Target.ratio(3.0)));
    }

    private static long importInto(BenchContext ctx, Path folder, Path target, Samples samples) throws Exception {
        try (Database db = Database.open(target, ctx.clock())) {
            long start = System.nanoTime();
            ImportReport report = new CsvImporter(db, ctx.clock()).importFolder(folder, IMPORTER);
            double ms = Stopwatch.millisSince(start);
            if (!report.succeeded()) {
                throw new IllegalStateException("import failed: " + report.summary());
            }
            if (samples != null) {
                samples.add(ms);
            }
            return report.findingsAdded();
        } finally {
            deleteDatabase(target);
        }
    }

    static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** The source ward's rows, held compactly (repeated text shared), ready to insert. */
    private record Rows(List<String[]> clinicians, List<String[]> patients, List<Object[]> orders, List<Object[]> exams,
                        List<String[]> findings, List<Object[]> doses) {
        static Rows read(Path file) throws SQLException {
            Map<String, String> shared = new HashMap<>();
            try (Connection c = Jdbc.open(file); Statement st = c.createStatement()) {
                List<String[]> clinicians = strings(st, "SELECT id, display_name, role, created_at FROM clinician", shared);
                List<String[]> patients = strings(st, "SELECT id, family_name, given_name, birth_date, sex, ward, bed FROM patient", shared);
                List<Object[]> orders = objects(st, "SELECT id, patient_id, drug, dose, unit, route, doses_per_day, start_at, start_offset,"
                        + " stop_at, stop_offset, note, kind, indication, outcome FROM medication_order", shared);
                String current = " NOT EXISTS (SELECT 1 FROM exam n WHERE n.supersedes = e.id) AND NOT EXISTS (SELECT 1 FROM exam_void v WHERE v.exam_id = e.id)";
                List<Object[]> exams = objects(st, "SELECT e.id, e.patient_id, e.kind, e.recorded_at, e.recorded_offset, e.recorded_by,"
                        + " (SELECT p.findings FROM exam_packed_findings p WHERE p.exam_id = e.id) FROM exam e WHERE" + current + " ORDER BY e.rowid", shared);
                List<String[]> findings = strings(st, "SELECT f.exam_id, f.code, f.side, f.value, f.note FROM finding f JOIN exam e ON e.id = f.exam_id"
                        + " WHERE" + current + " ORDER BY e.rowid", shared);
                List<Object[]> doses = objects(st, "SELECT id, order_id, patient_id, given_at, given_offset, period_start_at, period_start_offset,"
                        + " dose, unit, status, given_by, note FROM administration a"
                        + " WHERE NOT EXISTS (SELECT 1 FROM administration_void v WHERE v.administration_id = a.id)", shared);
                c.rollback();
                return new Rows(clinicians, patients, orders, exams, findings, doses);
            }
        }

        private static List<String[]> strings(Statement st, String sql, Map<String, String> shared) throws SQLException {
            List<String[]> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        String v = rs.getString(i + 1);
                        row[i] = v == null || v.length() > 40 ? v : shared.computeIfAbsent(v, k -> k);
                    }
                    list.add(row);
                }
            }
            return list;
        }

        private static List<Object[]> objects(Statement st, String sql, Map<String, String> shared) throws SQLException {
            List<Object[]> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof String s && s.length() <= 40 ? shared.computeIfAbsent(s, k -> k) : v;
                    }
                    list.add(row);
                }
            }
            return list;
        }

        void insertInto(Path target) throws SQLException {
            String by = UUID.randomUUID().toString();
            long now = System.currentTimeMillis();
            try (Connection c = Jdbc.open(target);
                 PreparedStatement clinician = c.prepareStatement("INSERT INTO clinician (id, display_name, role, created_at) VALUES (?, ?, ?, ?)");
                 PreparedStatement patient = c.prepareStatement("INSERT INTO patient (id, family_name, given_name, birth_date, sex, ward, bed,"
                         + " created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement order = c.prepareStatement("INSERT INTO medication_order (id, patient_id, drug, dose, unit, route, doses_per_day,"
                         + " start_at, start_offset, stop_at, stop_offset, note, kind, indication, outcome, entered_at, entered_by)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement dose = c.prepareStatement("INSERT INTO administration (id, order_id, patient_id, given_at, given_offset,"
                         + " period_start_at, period_start_offset, dose, unit, status, given_by, note, recorded_at, recorded_by)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement exam = c.prepareStatement("INSERT INTO exam (id, root_id, patient_id, kind, recorded_at, recorded_offset, recorded_by,"
                         + " note, is_baseline, supersedes, amend_reason, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, NULL, NULL, ?, ?)");
                 PreparedStatement finding = c.prepareStatement("INSERT INTO finding (exam_id, code, side, value, note) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement packed = c.prepareStatement("INSERT INTO exam_packed_findings (exam_id, findings) VALUES (?, ?)");
                 PreparedStatement auditRow = c.prepareStatement("INSERT INTO audit_log (id, at, clinician_id, action, entity, entity_id, patient_id, detail)"
                         + " VALUES (?, ?, ?, 'create', ?, ?, ?, ?)");
                 PreparedStatement chainRow = c.prepareStatement("INSERT INTO record_chain (seq, entity, entity_id, patient_id, content_hash,"
                         + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Audited audit = new Audited(auditRow, chainRow, nextSeq(c));
                bind(clinician, by, "os:bench", "other", now);
                clinician.addBatch();
                audit(audit, by, now, "clinician", by, null);
                for (String[] row : clinicians) {
                    bind(clinician, row[0], row[1], row[2], now);
                    clinician.addBatch();
                    audit(audit, by, now, "clinician", row[0], null);
                }
                clinician.executeBatch();
                for (String[] row : patients) {
                    bind(patient, row[0], row[1], row[2], row[3], row[4], row[5], row[6], now, by, now, by);
                    patient.addBatch();
                    audit(audit, by, now, "patient", row[0], row[0]);
                }
                patient.executeBatch();
                for (Object[] row : orders) {
                    bind(order, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11], row[12],
                            row[13], row[14], now, by);
                    order.addBatch();
                    audit(audit, by, now, "order", (String) row[0], (String) row[1]);
                }
                order.executeBatch();
                for (Object[] row : doses) {
                    bind(dose, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11], now, by);
                    dose.addBatch();
                    audit(audit, by, now, "administration", (String) row[0], (String) row[2]);
                }
                dose.executeBatch();
                audit.executeBatch();
                int f = 0;
                for (int e = 0; e < exams.size(); e++) {
                    Object[] row = exams.get(e);
                    bind(exam, row[0], row[0], row[1], row[2], row[3], row[4], row[5], false, now, by);
                    exam.executeUpdate();
                    if (row[6] != null) {
                        bind(packed, row[0], row[6]);
                        packed.addBatch();
                    }
                    audit(audit, by, now, (String) row[2], (String) row[0], (String) row[1]);
                    while (f < findings.size() && findings.get(f)[0].equals(row[0])) {
                        String[] fr = findings.get(f++);
                        bind(finding, fr[0], fr[1], fr[2], fr[3], fr[4]);
                        finding.addBatch();
                    }
                    if (e % 1000 == 999) {
                        finding.executeBatch();
                        packed.executeBatch();
                        audit.executeBatch();
                    }
                }
                finding.executeBatch();
                packed.executeBatch();
                audit.executeBatch();
                if (f != findings.size()) {
                    throw new IllegalStateException("findings out of exam order");
                }
                c.commit();
            }
        }

        private static void audit(Audited audit, String by, long now, String entity, String id, String patient) throws SQLException {
            audit.add(by, now, entity, id, patient);
        }

        private static long nextSeq(Connection c) throws SQLException {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM record_chain")) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /**
         * One record's audit row and the chain entries of both (the product chains every record and its audit entry),
         * with placeholder hashes: the floor writes the rows, not the hashing.
         */
        private static final class Audited {
            private static final String ZERO_HASH = "0".repeat(64);
            private final PreparedStatement audit;
            private final PreparedStatement chain;
            private long seq;

            Audited(PreparedStatement audit, PreparedStatement chain, long firstSeq) {
                this.audit = audit;
                this.chain = chain;
                this.seq = firstSeq;
            }

            void add(String by, long now, String entity, String id, String patient) throws SQLException {
                String auditId = UUID.randomUUID().toString();
                bind(audit, auditId, now, by, entity, id, patient, "");
                audit.addBatch();
                for (String[] entry : new String[][] {{entity, id}, {"audit", auditId}}) {
                    bind(chain, seq++, entry[0], entry[1], patient, ZERO_HASH, ZERO_HASH, ZERO_HASH);
                    chain.addBatch();
                }
            }

            void executeBatch() throws SQLException {
                audit.executeBatch();
                chain.executeBatch();
            }
        }

        private static void bind(PreparedStatement ps, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        }
    }
}
