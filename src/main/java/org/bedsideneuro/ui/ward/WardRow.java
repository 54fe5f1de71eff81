package org.bedsideneuro.ui.ward;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.patient.Patient;

/** One line of the ward table: a patient and when they were last examined or observed (absent: never yet). */
public record WardRow(Patient patient, Instant lastRecorded) {
    public WardRow {
        Objects.requireNonNull(patient, "patient");
    }

    public Optional<Instant> optionalLastRecorded() {
        return Optional.ofNullable(lastRecorded);
    }

    /** The ward search box matches name, MRN and bed: the rule lives in {@link Patient#matches(String)}. */
    public boolean matches(String query) {
        return patient.matches(query);
    }
}
