package org.bedsideneuro.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * Every row one full exam save writes, inserted with plain JDBC in one transaction: the exam, its findings, its packed
 * findings (V8), the audit entry and the two chain entries (exam, audit). The floor of both save measurements, on a
 * laptop's file and on the ward server: the same rows, none of the product's work (no hashing, no reads, no checks).
 * Chain entries get negative sequence numbers, below every real one, so the product's chain (read at its newest
 * entry) never meets them.
 */
final class PlainExamRows implements AutoCloseable {
    private static final String ZERO_HASH = "0".repeat(64);

    private final Connection c;
    private final String packedFindings;
    private final boolean ownSequence;
    private final PreparedStatement exam;
    private final PreparedStatement finding;
    private final PreparedStatement packed;
    private final PreparedStatement audit;
    private final PreparedStatement chain;
    private long nextSeq;

    /**
     * {@code serverSequence}: the SQL of the next chain sequence number shared by several connections (a database
     * sequence), or null to count down from below the lowest one in the file. {@code packedFindings}: the packed text
     * the product wrote for the same findings.
     */
    PlainExamRows(Connection c, String serverSequence, String packedFindings) throws SQLException {
        this.c = c;
        this.packedFindings = packedFindings;
        this.ownSequence = serverSequence == null;
        c.setAutoCommit(false);
        exam = c.prepareStatement("INSERT INTO exam (id, root_id, patient_id, kind, recorded_at, recorded_offset, recorded_by, note,"
                + " is_baseline, supersedes, amend_reason, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)");
        finding = c.prepareStatement("INSERT INTO finding (exam_id, code, side, value, note) VALUES (?, ?, ?, ?, ?)");
        packed = c.prepareStatement("INSERT INTO exam_packed_findings (exam_id, findings) VALUES (?, ?)");
        audit = c.prepareStatement("INSERT INTO audit_log (id, at, clinician_id, action, entity, entity_id, patient_id, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        chain = c.prepareStatement("INSERT INTO record_chain (seq, entity, entity_id, patient_id, content_hash, previous_hash, entry_hash)"
                + " VALUES (" + (ownSequence ? "?" : serverSequence) + ", ?, ?, ?, ?, ?, ?)");
        if (ownSequence) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MIN(seq), 0) FROM record_chain")) {
                rs.next();
                nextSeq = Math.min(0, rs.getLong(1)) - 1;
            }
            c.commit();
        }
    }

    /** Inserts and commits one exam recorded at {@code at} with {@code findings}. */
    void save(PatientId patient, Clinician by, OffsetDateTime at, List<Finding> findings) throws SQLException {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        exam.setString(1, id);
        exam.setString(2, id);
        exam.setString(3, patient.value());
        exam.setString(4, "exam");
        exam.setLong(5, at.toInstant().toEpochMilli());
        exam.setInt(6, 0);
        exam.setString(7, by.id().toString());
        exam.setString(8, "");
        exam.setBoolean(9, false);
        exam.setLong(10, now);
        exam.setString(11, by.id().toString());
        exam.executeUpdate();
        for (Finding f : findings) {
            finding.setString(1, id);
            finding.setString(2, f.code().code());
            finding.setString(3, f.side() == null ? "" : f.side().code());
            finding.setString(4, f.value().code());
            finding.setString(5, f.note());
            finding.addBatch();
        }
        finding.executeBatch();
        packed.setString(1, id);
        packed.setString(2, packedFindings);
        packed.executeUpdate();
        String auditId = UUID.randomUUID().toString();
        audit.setString(1, auditId);
        audit.setLong(2, now);
        audit.setString(3, by.id().toString());
        audit.setString(4, "create");
        audit.setString(5, "exam");
        audit.setString(6, id);
        audit.setString(7, patient.value());
        audit.setString(8, findings.size() + " findings recorded for " + at);
        audit.executeUpdate();
        for (String[] entry : new String[][] {{"exam", id}, {"audit", auditId}}) {
            int p = 1;
            if (ownSequence) {
                chain.setLong(p++, nextSeq--);
            }
            chain.setString(p++, entry[0]);
            chain.setString(p++, entry[1]);
            chain.setString(p++, patient.value());
            chain.setString(p++, ZERO_HASH);
            chain.setString(p++, ZERO_HASH);
            chain.setString(p, ZERO_HASH);
            chain.addBatch();
        }
        chain.executeBatch();
        c.commit();
    }

    /** The packed findings the product wrote for exam {@code examId} (to give the floor the very same text). */
    static String packedOf(Connection c, String examId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT findings FROM exam_packed_findings WHERE exam_id = ?")) {
            ps.setString(1, examId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no packed findings for exam " + examId);
                }
                return rs.getString(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : List.of(exam, finding, packed, audit, chain)) {
            ps.close();
        }
        c.close();
    }
}
