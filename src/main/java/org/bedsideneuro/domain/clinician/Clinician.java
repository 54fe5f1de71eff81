package org.bedsideneuro.domain.clinician;

import java.util.Objects;

/** A person who records findings: an entity with an id, a display name (as printed on records) and a role. */
public record Clinician(ClinicianId id, String displayName, Role role) {
    /** Longest display name; ours, to keep printouts and tables readable. */
    public static final int MAX_NAME_LENGTH = 100;

    public Clinician {
        Objects.requireNonNull(id, "clinician id");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.isEmpty()) {
            throw new IllegalArgumentException("Clinician name: required");
        }
        if (displayName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Clinician name: at most " + MAX_NAME_LENGTH + " characters");
        }
        if (displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Clinician name: must not contain control characters");
        }
    }

    public static Clinician create(String displayName, Role role) {
        return new Clinician(ClinicianId.random(), displayName, role);
    }

    /** "Dr A. Example (neurologist)". */
    public String signature() {
        return displayName + " (" + role.code() + ")";
    }
}
