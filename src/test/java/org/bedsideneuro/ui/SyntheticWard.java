package org.bedsideneuro.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;

/** Invented patients and exams for UI tests. No real person's data, ever. */
public final class SyntheticWard {
    private final Database db;

    public SyntheticWard(Database db) {
        this.db = db;
    }

    public Clinician clinician(String name, Role role) {
        return db.write(s -> s.clinicians().findOrCreate(name, role));
    }

    public Patient patient(String mrn, String family, String given, LocalDate born, String bed, Clinician by) {
        Patient p = new Patient(new PatientId(mrn), family, given, born, Sex.UNKNOWN, "Neuro 3", bed);
        db.write(s -> {
            s.patients().add(p, by);
            return null;
        });
        return p;
    }

    public Exam exam(Patient patient, OffsetDateTime at, Clinician by, List<Finding> findings, String note) {
        Exam exam = Exam.record(patient.id(), ExamKind.EXAM, at, by, findings, note);
        db.write(s -> {
            s.exams().add(exam, by);
            return null;
        });
        return exam;
    }

    public Exam observation(Patient patient, OffsetDateTime at, Clinician by, List<Finding> findings) {
        Exam exam = Exam.record(patient.id(), ExamKind.OBSERVATION, at, by, findings, "");
        db.write(s -> {
            s.exams().add(exam, by);
            return null;
        });
        return exam;
    }
}
