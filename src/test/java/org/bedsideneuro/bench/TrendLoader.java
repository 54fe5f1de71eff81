package org.bedsideneuro.bench;

import java.time.LocalDate;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * The seam for the trend-view measurement: open a patient and build what the trend view shows for a period.
 * Today {@link CourseTrendLoader} does what a trend view must do (load, PatientCourse.of, take the period). Once the
 * {@code ui.trend} TrendViewModel exists, add an implementation that drives it and use it in
 * {@link TrendMeasurement#loader}; the rows and targets stay the same.
 */
interface TrendLoader {
    /** Returns something that depends on the result (the number of points shown) so that nothing is optimised away. */
    int open(PatientId patient, LocalDate from, LocalDate to) throws Exception;
}
