package org.bedsideneuro.bench;

import java.time.LocalDate;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * The seam for the trend-view measurement: what a clinician waits for in the Trend tab. {@link #open} is opening a
 * patient (read, course, and the series of the period shown); {@link #show} is choosing another period of the patient
 * already open, which the view model builds from the course it keeps ({@link CourseTrendLoader}).
 */
interface TrendLoader {
    /** Opens the patient showing {@code from}..{@code to}; returns a number that depends on what is shown. */
    int open(PatientId patient, LocalDate from, LocalDate to) throws Exception;

    /** Shows another period of the patient opened last; returns a number that depends on what is shown. */
    int show(LocalDate from, LocalDate to) throws Exception;

    /** Moves the crosshair to {@code day} on the period shown last (its readout); returns a number that depends on it. */
    int crosshair(LocalDate day) throws Exception;
}
