package org.bedsideneuro.domain.exam;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.bedsideneuro.domain.clinician.Clinician;

/** Why and by whom an exam version replaced an earlier one. The earlier version is kept, never overwritten. */
public record Amendment(ExamId supersedes, Clinician by, Instant at, String reason) {
    public Amendment {
        Objects.requireNonNull(supersedes, "amended exam");
        Objects.requireNonNull(by, "amended by");
        at = Objects.requireNonNull(at, "amended at").truncatedTo(ChronoUnit.MILLIS);
        reason = reason == null ? "" : reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("Reason for the amendment: required");
        }
    }
}
