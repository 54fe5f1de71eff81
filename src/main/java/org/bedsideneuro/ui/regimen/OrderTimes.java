package org.bedsideneuro.ui.regimen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times typed into the regimen forms: a date and "HH:mm" in the ward's zone (the clock's). Orders record what ran,
 * so a time in the future is refused with a message the clinician can act on.
 */
final class OrderTimes {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private OrderTimes() {
    }

    /** The time, or an {@link IllegalArgumentException} whose message goes next to the field. */
    static OffsetDateTime parse(LocalDate date, String time, Clock clock) {
        if (date == null) {
            throw new IllegalArgumentException("Enter a date.");
        }
        LocalTime clockTime;
        try {
            clockTime = LocalTime.parse(time == null ? "" : time.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Enter the time as HH:mm, for example 08:30.");
        }
        OffsetDateTime at = date.atTime(clockTime).atZone(clock.getZone()).toOffsetDateTime();
        if (at.toInstant().isAfter(clock.instant())) {
            throw new IllegalArgumentException("This time is in the future: orders record what ran.");
        }
        return at;
    }

    /** Now, to the minute, as the form shows it. */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withSecond(0).withNano(0);
    }
}
