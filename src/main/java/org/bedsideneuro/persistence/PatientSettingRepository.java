package org.bedsideneuro.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.patient.PatientId;

/** Per-patient settings (V3): the observation interval. A patient without a stored setting has the default. */
public final class PatientSettingRepository {
    private final Session session;

    PatientSettingRepository(Session session) {
        this.session = session;
    }

    /** The patient's schedule: the stored interval, or every {@link ObservationSchedule#DEFAULT_INTERVAL}. */
    public ObservationSchedule observationSchedule(PatientId patient) throws SQLException {
        return storedInterval(patient).map(ObservationSchedule::new).orElseGet(ObservationSchedule::standard);
    }

    /** Every stored interval, by patient (patients without a row are left out: they have the default). */
    public Map<PatientId, ObservationSchedule> observationSchedules() throws SQLException {
        Map<PatientId, ObservationSchedule> schedules = new HashMap<>();
        for (Object[] row : Sql.list(session.connection(), "SELECT patient_id, observation_interval_minutes FROM patient_setting",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            schedules.put(new PatientId((String) row[0]), ObservationSchedule.everyMinutes((Long) row[1]));
        }
        return schedules;
    }

    /** Sets how often the patient is observed; audited with the old and new interval. */
    public void setObservationSchedule(PatientId patient, ObservationSchedule schedule, Clinician by) throws SQLException {
        Permissions.require(by, Action.RECORD_OBSERVATION);
        if (session.patients().find(patient).isEmpty()) {
            throw new RecordConflictException("No patient with MRN " + patient);
        }
        Optional<Duration> old = storedInterval(patient);
        long now = Sql.millis(session.now());
        Sql.update(session.connection(), "INSERT INTO patient_setting (patient_id, observation_interval_minutes, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (patient_id) DO UPDATE SET observation_interval_minutes = excluded.observation_interval_minutes,"
                        + " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                patient.value(), schedule.minutes(), now, by.id().toString());
        session.audit().record(by, "update", "patient_setting", patient.value(), patient, "observation interval: "
                + old.map(d -> d.toMinutes() + " min").orElse("default") + " -> " + schedule.minutes() + " min");
    }

    private Optional<Duration> storedInterval(PatientId patient) throws SQLException {
        return Sql.one(session.connection(), "SELECT observation_interval_minutes FROM patient_setting WHERE patient_id = ?",
                rs -> Duration.ofMinutes(rs.getLong(1)), patient.value());
    }
}
