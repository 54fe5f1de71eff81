package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.OrderId;

/**
 * A flag raised for a patient: its code, the date its rule first held, the values that made it fire (readable text),
 * and the exams/observations (and orders) those values came from, so a click can lead to them.
 */
public record Flag(FlagCode code, PatientId patient, LocalDate date, String values, List<ExamId> examIds, List<OrderId> orderIds) {
    public Flag {
        Objects.requireNonNull(code, "flag code");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        values = values == null ? "" : values.strip();
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A flag says which values made it fire");
        }
        examIds = List.copyOf(examIds);
        orderIds = List.copyOf(orderIds);
    }

    public String description() {
        return code.description();
    }

    /** The plain title of the flag's rule, as a clinician reads it. */
    public String title() {
        return code.title();
    }
}
