package org.bedsideneuro.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendReadout;
import org.bedsideneuro.domain.trend.TrendSeries;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.MmeFactorService;
import org.bedsideneuro.ui.trend.TrendViewModel;

/**
 * The trend view's work without its window, as {@link TrendViewModel} does it: opening a patient is one read (current
 * exams and orders), the course ({@link TrendViewModel#course}) and the series of the period shown
 * ({@link TrendViewModel#lanes}: the series and the overview's lanes); choosing another period builds them from the
 * course already open; moving the crosshair reads one day from the lanes shown ({@link TrendReadout}).
 */
final class CourseTrendLoader implements TrendLoader {
    private final Database db;
    private final ZoneId zone;
    private final LocalDate today;
    private PatientCourse open;
    private TrendLanes lanes;

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
                    MmeFactorService.tableInForce(s), zone, today);
        });
        return show(from, to);
    }

    @Override
    public int show(LocalDate from, LocalDate to) {
        lanes = TrendViewModel.lanes(open, from, to);
        TrendSeries series = lanes.series();
        return series.recordedPoints() + series.drawnPoints() + series.flags().size() + lanes.lanes().size();
    }

    @Override
    public int crosshair(LocalDate day) {
        TrendReadout readout = TrendReadout.of(day, lanes, open);
        return readout.values().size() + readout.flags().size() + readout.mme().counted().size() + 1;
    }
}
