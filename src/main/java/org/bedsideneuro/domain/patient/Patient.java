package org.bedsideneuro.domain.patient;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A patient on the ward. Identity is the MRN; family name, given name, birth date and sex identify the person
 * (an import that disagrees on them is "another person"), ward and bed only say where they are now.
 */
public record Patient(PatientId id, String familyName, String givenName, LocalDate birthDate, Sex sex, String ward, String bed) {
    /** Our bound for names and places: long enough for any real name, short enough for a printout. */
    public static final int MAX_TEXT = 100;
    /** Earliest birth date we accept: nobody alive was born before it, and it catches a mistyped century. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Ward list order: by ward, then bed in natural order ("2" before "10", "3A" after "3"), then name. */
    public static final Comparator<Patient> WARD_ORDER = Comparator.comparing(Patient::ward, NaturalOrder.INSTANCE)
            .thenComparing(Patient::bed, NaturalOrder.INSTANCE)
            .thenComparing(Patient::familyName).thenComparing(Patient::givenName).thenComparing(Patient::id);

    public Patient {
        Objects.requireNonNull(id, "MRN");
        familyName = text(familyName, "Family name", true);
        givenName = text(givenName, "Given name", false);
        ward = text(ward, "Ward", false);
        bed = text(bed, "Bed", false);
        if (birthDate == null) {
            throw new IllegalArgumentException("Birth date: required");
        }
        if (birthDate.isBefore(EARLIEST_BIRTH)) {
            throw new IllegalArgumentException("Birth date: " + birthDate + " is before " + EARLIEST_BIRTH);
        }
        Objects.requireNonNull(sex, "sex");
    }

    /** Validates the birth date against today (a birth date in the future is a typing slip). */
    public Patient requireBornBy(LocalDate today) {
        if (birthDate.isAfter(today)) {
            throw new IllegalArgumentException("Birth date: " + birthDate + " is in the future");
        }
        return this;
    }

    public String displayName() {
        return givenName.isEmpty() ? familyName : familyName + ", " + givenName;
    }

    public String location() {
        if (ward.isEmpty() && bed.isEmpty()) {
            return "";
        }
        return bed.isEmpty() ? ward : ward.isEmpty() ? "bed " + bed : ward + " / " + bed;
    }

    /** True when the identifying data (names, birth date, sex) match; ward and bed may differ. */
    public boolean samePerson(Patient other) {
        return familyName.equals(other.familyName) && givenName.equals(other.givenName)
                && birthDate.equals(other.birthDate) && sex == other.sex;
    }

    /** Case-insensitive match of the ward search box against name, MRN and bed. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        for (String term : q.split("\\s+")) {
            String t = term.replace(",", "");
            if (t.isEmpty()) {
                continue;
            }
            boolean hit = familyName.toLowerCase(Locale.ROOT).contains(t) || givenName.toLowerCase(Locale.ROOT).contains(t)
                    || id.value().toLowerCase(Locale.ROOT).contains(t) || bed.toLowerCase(Locale.ROOT).contains(t)
                    || ward.toLowerCase(Locale.ROOT).contains(t);
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private static String text(String value, String field, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (v.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + ": at most " + MAX_TEXT + " characters");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": must not contain control characters");
        }
        return v;
    }
}
