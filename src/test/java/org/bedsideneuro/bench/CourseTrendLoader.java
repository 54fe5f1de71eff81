package org.bedsideneuro.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.domain.trend.TrendSeries;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.trend.TrendViewModel;

/**
 * The trend view's work without its window, as {@link TrendViewModel} does it: opening a patient is one read (current
 * exams and orders), the course ({@link TrendViewModel#course}) and the series of the period shown
 * ({@link TrendViewModel#build}); choosing another period builds its series from the course already open.
 */
final class CourseTrendLoader implements TrendLoader {
    private final Database db;
    private final ZoneId zone;
    private final LocalDate today;
    private PatientCourse open;

    CourseTrendLoader(Database db, ZoneId zone, LocalDate today) {
        this.db = db;
        this.zone = zone;
        this.today = today;
    }

    @Override
    public int open(PatientId id, LocalDate from, LocalDate to) {
        open = db.read(s -> {
            Patient p = s.patients().find(id).orElseThrow();
            // As the trend view reads it: the doses charted and the ward's table in force.
            return PatientCourse.of(p, s.exams().current(id), s.medications().forPatient(id), s.administrations().current(id),
                    org.bedsideneuro.service.MmeFactorService.tableInForce(s), zone, today);
        });
        return show(from, to);
    }

    @Override
    public int show(LocalDate from, LocalDate to) {
        TrendSeries series = TrendViewModel.build(open, from, to);
        return series.recordedPoints() + series.drawnPoints() + series.flags().size();
    }
}
