package org.bedsideneuro.exchange;

import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.patient.PatientId;

/** What an export covers: the whole ward, or one patient. */
public final class ExportScope {
    private static final ExportScope WARD = new ExportScope(null);

    private final PatientId patient;

    private ExportScope(PatientId patient) {
        this.patient = patient;
    }

    public static ExportScope wholeWard() {
        return WARD;
    }

    public static ExportScope patient(PatientId patient) {
        return new ExportScope(Objects.requireNonNull(patient, "patient"));
    }

    /** The one patient, or empty for the whole ward. */
    public Optional<PatientId> onePatient() {
        return Optional.ofNullable(patient);
    }

    @Override
    public String toString() {
        return patient == null ? "whole ward" : "patient " + patient;
    }
}
