package org.bedsideneuro.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.patient.PatientId;

/** Where imported records came from in the EHR (V12): one row per version seen, never changed or removed. */
public final class EhrSourceRepository {
    private static final String COLUMNS = "server, resource_type, resource_id, version, patient_id, record_kind, record_id, imported_at";

    private static final String INSERT = "INSERT INTO ehr_source (id, " + COLUMNS + ", imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Session session;

    EhrSourceRepository(Session session) {
        this.session = session;
    }

    /** Keeps {@code source} unless this version of the resource is kept already; true when it was new. */
    public boolean record(EhrSource source, Clinician by) throws SQLException {
        if (find(source.server(), source.resourceType(), source.resourceId(), source.version()).isPresent()) {
            return false;
        }
        insert(source, by);
        return true;
    }

    /**
     * Keeps {@code source}, known to be new (the import looked up the patient's sources once, up front); sent in a
     * batch while {@link Session#inBatches} runs (a year of doses is 1,500 sources).
     */
    public void insert(EhrSource source, Clinician by) throws SQLException {
        Object[] values = {TimeOrderedUuid.next().toString(), source.server(), source.resourceType(), source.resourceId(), source.version(),
                source.patient().value(), source.recordKind(), source.recordId(), Sql.millis(source.importedAt()), by.id().toString()};
        if (session.batching()) {
            session.addBatch(INSERT, values);
        } else {
            Sql.update(session, INSERT, values);
        }
    }

    /** This version of the resource, if it was imported. */
    public Optional<EhrSource> find(String server, String resourceType, String resourceId, String version) throws SQLException {
        return Sql.one(session, "SELECT " + COLUMNS + " FROM ehr_source WHERE server = ? AND resource_type = ? AND resource_id = ? AND version = ?",
                EhrSourceRepository::map, server, resourceType, resourceId, version);
    }

    /** The newest version of the resource imported, if any. */
    public Optional<EhrSource> latest(String server, String resourceType, String resourceId) throws SQLException {
        return Sql.one(session, "SELECT " + COLUMNS + " FROM ehr_source WHERE server = ? AND resource_type = ? AND resource_id = ?"
                + " ORDER BY imported_at DESC, id DESC LIMIT 1", EhrSourceRepository::map, server, resourceType, resourceId);
    }

    /** The newest source of each of the patient's imported records, by record id. */
    public Map<String, EhrSource> latestByRecord(PatientId patient) throws SQLException {
        Map<String, EhrSource> byRecord = new LinkedHashMap<>();
        for (EhrSource s : Sql.list(session, "SELECT " + COLUMNS + " FROM ehr_source WHERE patient_id = ? ORDER BY imported_at, id",
                EhrSourceRepository::map, patient.value())) {
            byRecord.put(s.recordId(), s);
        }
        return byRecord;
    }

    /** Every version kept for the patient, oldest first. */
    public List<EhrSource> forPatient(PatientId patient) throws SQLException {
        return Sql.list(session, "SELECT " + COLUMNS + " FROM ehr_source WHERE patient_id = ? ORDER BY imported_at, id", EhrSourceRepository::map,
                patient.value());
    }

    private static EhrSource map(ResultSet rs) throws SQLException {
        return new EhrSource(rs.getString("server"), rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("version"),
                new PatientId(rs.getString("patient_id")), rs.getString("record_kind"), rs.getString("record_id"),
                Instant.ofEpochMilli(rs.getLong("imported_at")));
    }
}
