package org.bedsideneuro.domain.exam;

import java.time.Instant;
import java.util.Objects;

/** One stored exam version with its standing and when it was saved. */
public record RecordedExam(Exam exam, ExamStatus status, Instant enteredAt) {
    public RecordedExam {
        Objects.requireNonNull(exam, "exam");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enteredAt, "entered at");
    }

    public boolean isCurrent() {
        return status == ExamStatus.CURRENT;
    }
}
