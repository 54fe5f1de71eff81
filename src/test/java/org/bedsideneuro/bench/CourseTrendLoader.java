package org.bedsideneuro.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;

/** The trend view's work without its window: current exams and orders in one read, the course, the period's slice. */
final class CourseTrendLoader implements TrendLoader {
    private final Database db;
    private final ZoneId zone;
    private final LocalDate today;

    CourseTrendLoader(Database db, ZoneId zone, LocalDate today) {
        this.db = db;
        this.zone = zone;
        this.today = today;
    }

    @Override
    public int open(PatientId id, LocalDate from, LocalDate to) {
        record Records(Patient patient, List<Exam> exams, List<MedicationOrder> orders) {
        }
        Records r = db.read(s -> new Records(s.patients().find(id).orElseThrow(), s.exams().current(id), s.medications().forPatient(id)));
        PatientCourse course = PatientCourse.of(r.patient(), r.exams(), r.orders(), MmeTable.standard(), zone, today);
        List<Exam> shown = course.examsBetween(from, to);
        List<Flag> flags = course.flagsBetween(from, to);
        return shown.size() + flags.size() + course.dailyMme().subMap(from, true, to, true).size();
    }
}
