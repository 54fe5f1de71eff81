package org.bedsideneuro.domain.patient;

/** The hospital's medical record number (MRN): 1-32 characters, no spaces at either end, no control characters. */
public record PatientId(String value) implements Comparable<PatientId> {
    /** shared/exchange-format.md, patients.csv: "unique, 1-32 characters". */
    public static final int MAX_LENGTH = 32;

    public PatientId {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("MRN: required (1-" + MAX_LENGTH + " characters)");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("MRN: '" + value + "' is longer than " + MAX_LENGTH + " characters");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("MRN: '" + value + "' starts or ends with a space");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("MRN: must not contain control characters");
        }
    }

    @Override
    public int compareTo(PatientId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
