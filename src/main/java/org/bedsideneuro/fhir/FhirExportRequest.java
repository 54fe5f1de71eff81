package org.bedsideneuro.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.trend.PatientCourse;

/**
 * What to export: a patient's course (current exams, orders, daily MME and flags, as every view reads them), the
 * exam history (earlier versions, so a Provenance can say what an amendment changed; may be empty), the period
 * (days in the course's zone, both inclusive), when the export is made, and the signatures of the exams (by exam; may
 * be empty).
 */
public record FhirExportRequest(PatientCourse course, List<RecordedExam> history, LocalDate from, LocalDate to, Instant exportedAt,
                                Map<ExamId, List<Signature>> signatures) {
    public FhirExportRequest {
        Objects.requireNonNull(course, "patient course");
        history = history == null ? List.of() : List.copyOf(history);
        signatures = signatures == null ? Map.of() : Map.copyOf(signatures);
        Objects.requireNonNull(from, "first day");
        Objects.requireNonNull(to, "last day");
        Objects.requireNonNull(exportedAt, "time of the export");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period: the last day " + to + " is before the first day " + from);
        }
    }

    /** Without the exams' signatures. */
    public FhirExportRequest(PatientCourse course, List<RecordedExam> history, LocalDate from, LocalDate to, Instant exportedAt) {
        this(course, history, from, to, exportedAt, Map.of());
    }

    /** The same request with the exams' signatures (each becomes a Provenance with its signature). */
    public FhirExportRequest withSignatures(Map<ExamId, List<Signature>> bySigned) {
        return new FhirExportRequest(course, history, from, to, exportedAt, bySigned);
    }

    /** The whole course: from its first record to its last day. */
    public static FhirExportRequest whole(PatientCourse course, List<RecordedExam> history, Instant exportedAt) {
        return new FhirExportRequest(course, history, course.firstDay(), course.today(), exportedAt);
    }
}
