package org.bedsideneuro.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How dates, times and ages read on screen. One place, so every screen says "12 Mar 2026 14:05" the same way,
 * always in the ward's time zone (the clock's), whatever offset an imported exam carried.
 */
public final class ClinicalFormats {
    /** Day, month as a word and year: never ambiguous between 03/04 readings. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Clock clock;

    public ClinicalFormats(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The ward's time zone (the clock's): where signature times are shown. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** Whole years of age today. */
    public int ageInYears(LocalDate birthDate) {
        return Period.between(birthDate, today()).getYears();
    }

    /** "2 Mar 1950 (76 y)". */
    public String birthDateWithAge(LocalDate birthDate) {
        return date(birthDate) + " (" + ageInYears(birthDate) + " y)";
    }
}
