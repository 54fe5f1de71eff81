package org.bedsideneuro.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.trend.PatientCourse;

/**
 * What to export: a patient's course (current exams, orders, daily MME and flags, as every view reads them), the
 * exam history (earlier versions, so a Provenance can say what an amendment changed; may be empty), the period
 * (days in the course's zone, both inclusive) and when the export is made.
 */
public record FhirExportRequest(PatientCourse course, List<RecordedExam> history, LocalDate from, LocalDate to, Instant exportedAt) {
    public FhirExportRequest {
        Objects.requireNonNull(course, "patient course");
        history = history == null ? List.of() : List.copyOf(history);
        Objects.requireNonNull(from, "first day");
        Objects.requireNonNull(to, "last day");
        Objects.requireNonNull(exportedAt, "time of the export");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period: the last day " + to + " is before the first day " + from);
        }
    }

    /** The whole course: from its first record to its last day. */
    public static FhirExportRequest whole(PatientCourse course, List<RecordedExam> history, Instant exportedAt) {
        return new FhirExportRequest(course, history, course.firstDay(), course.today(), exportedAt);
    }
}
