package org.bedsideneuro.service;

import java.util.Objects;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;

/** Adding a patient to the ward, correcting their details, and how often the nurses observe them. */
public final class PatientService {
    private final Database database;

    public PatientService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Adds {@code patient}; a taken MRN is refused with a RecordConflictException that names it. */
    public Patient add(Patient patient, Clinician by) {
        return database.write(s -> {
            s.patients().add(patient, by);
            return patient;
        });
    }

    /** Replaces the details of the patient with {@code patient}'s MRN. */
    public Patient update(Patient patient, Clinician by) {
        return database.write(s -> {
            s.patients().update(patient, by);
            return patient;
        });
    }

    public ObservationSchedule setObservationSchedule(PatientId patient, ObservationSchedule schedule, Clinician by) {
        return database.write(s -> {
            s.patientSettings().setObservationSchedule(patient, schedule, by);
            return schedule;
        });
    }
}
