package org.bedsideneuro.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.ExamRepository;

/**
 * Loads one patient's course (current exams, orders, the administrations that stand, daily MME as given, flags) and
 * history in one consistent read.
 */
public final class PatientRecords {
    private final Database database;
    private final ZoneId zone;

    public PatientRecords(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /**
     * The course as of today (with the patient's administrations that stand: {@code course().administrations()}), every
     * stored version of the exams (for amendments) and their signatures by version.
     */
    public record Loaded(PatientCourse course, List<RecordedExam> history, Map<ExamId, List<Signature>> signatures) {
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(database.clock().withZone(zone));
    }

    /** The course alone, without the history of versions: what the summary and the exports read (one read less). */
    public Optional<PatientCourse> course(PatientId id) {
        LocalDate today = today();
        return Optional.ofNullable(database.read(s -> {
            Patient p = s.patients().find(id).orElse(null);
            return p == null ? null : PatientCourse.of(p, s.exams().current(id), s.medications().forPatient(id),
                    s.administrations().current(id), MmeFactorService.tableInForce(s), zone, today);
        }));
    }

    public Optional<Loaded> load(PatientId id) {
        LocalDate today = today();
        return Optional.ofNullable(database.read(s -> {
            Patient p = s.patients().find(id).orElse(null);
            if (p == null) {
                return null;
            }
            // One read of the record: the course is built from the current versions of the history.
            List<RecordedExam> history = s.exams().history(id);
            return new Loaded(PatientCourse.of(p, ExamRepository.currentOf(history), s.medications().forPatient(id),
                    s.administrations().current(id), MmeFactorService.tableInForce(s), zone, today), history, s.signatures().forPatient(id));
        }));
    }
}
