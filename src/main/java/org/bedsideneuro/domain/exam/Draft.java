package org.bedsideneuro.domain.exam;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * A half-filled exam or observation form, kept as it is typed: the form's fields as text, exactly as typed
 * (even what would not yet validate, like a lone "4" before the "+"), so that it can be offered back after a crash.
 * It belongs to its author and is never shown to anyone else.
 *
 * @param form   which form it is ("exam", "observation"), so the right screen reopens it
 * @param amends the exam version being amended, or null for a new one
 */
public record Draft(UUID id, ClinicianId author, PatientId patient, String form, ExamId amends, Map<String, String> fields, Instant savedAt) {
    public Draft {
        Objects.requireNonNull(id, "draft id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(form, "form");
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        savedAt = Objects.requireNonNull(savedAt, "saved at").truncatedTo(ChronoUnit.MILLIS);
    }

    public static Draft start(ClinicianId author, PatientId patient, String form, ExamId amends, Instant now) {
        return new Draft(UUID.randomUUID(), author, patient, form, amends, Map.of(), now);
    }

    public Draft withFields(Map<String, String> newFields, Instant now) {
        return new Draft(id, author, patient, form, amends, newFields, now);
    }

    public boolean isEmpty() {
        return fields.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
