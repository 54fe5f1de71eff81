package org.bedsideneuro.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final Clock clock;

    public ClinicalFormats(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The ward's time zone (the clock's): where signature times are shown. */
    public ZoneId zone() {
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

    /**
     * A time in the next few days, as short as it stays unambiguous: "14:00" today, "2 Mar 02:00" on another day within
     * a week either side, the full date and time beyond. For what is due next on a ward, where a nurse reads the hour
     * and the year would only push the column wider than the ward list has room for.
     */
    public String soon(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(clock.getZone());
        long days = Math.abs(ChronoUnit.DAYS.between(today(), at.toLocalDate()));
        return days == 0 ? TIME.format(at) : days <= 7 ? DAY_TIME.format(at) : DATE_TIME.format(at);
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
