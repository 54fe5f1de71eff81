package org.bedsideneuro.persistence;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.patient.PatientId;

/** The append-only audit trail. Repositories write to it in the same transaction as the change they record. */
public final class AuditLog {
    private final Session session;

    AuditLog(Session session) {
        this.session = session;
    }

    void record(Clinician by, String action, String entity, String entityId, PatientId patient, String detail) throws SQLException {
        String id = TimeOrderedUuid.next().toString();
        String patientId = patient == null ? null : patient.value();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("at", Sql.millis(session.now()));
        row.put("clinician_id", by.id().toString());
        row.put("action", action);
        row.put("entity", entity);
        row.put("entity_id", entityId);
        row.put("patient_id", patientId);
        row.put("detail", detail);
        session.chain().insert("audit", id, patientId, row);
    }

    /** Everything recorded about one patient, oldest first. */
    public List<AuditEntry> forPatient(PatientId patient) throws SQLException {
        return Sql.list(session.connection(),
                "SELECT a.at, a.action, a.entity, a.entity_id, a.patient_id, a.detail, " + ClinicianRepository.COLUMNS
                        + " FROM audit_log a JOIN clinician c ON c.id = a.clinician_id WHERE a.patient_id = ? ORDER BY a.at, a.id",
                rs -> new AuditEntry(Instant.ofEpochMilli(rs.getLong("at")), ClinicianRepository.map(rs), rs.getString("action"),
                        rs.getString("entity"), rs.getString("entity_id"), rs.getString("patient_id"), rs.getString("detail")),
                patient.value());
    }
}
