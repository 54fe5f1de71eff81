package org.bedsideneuro.domain.clinician;

import java.util.Objects;
import java.util.UUID;

/** A clinician's identity. Records point to it, never to a name, so that names can be corrected and accounts added. */
public record ClinicianId(UUID value) {
    public ClinicianId {
        Objects.requireNonNull(value, "clinician id");
    }

    public static ClinicianId random() {
        return new ClinicianId(UUID.randomUUID());
    }

    public static ClinicianId parse(String text) {
        return new ClinicianId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
