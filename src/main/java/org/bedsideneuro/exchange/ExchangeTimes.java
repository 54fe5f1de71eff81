package org.bedsideneuro.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Times and dates as shared/exchange-format.md writes them: times ISO-8601 with an offset
 * ({@code 2026-03-01T08:30:00+01:00}), dates {@code YYYY-MM-DD}. A time without an offset is refused: it would be
 * read in this laptop's zone and could land an hour off on another.
 */
final class ExchangeTimes {
    /** Always with seconds, the offset as +hh:mm (also +00:00, never Z). */
    private static final DateTimeFormatter WHOLE_SECONDS = writer("uuuu-MM-dd'T'HH:mm:ss");
    /** Times are stored to the millisecond, so a fraction is written as three digits (".250", as a form or study tool writes it). */
    private static final DateTimeFormatter MILLISECONDS = writer("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private ExchangeTimes() {
    }

    static OffsetDateTime parseTime(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time with an offset such as 2026-03-01T08:30:00+01:00");
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date such as 1950-07-14 (YYYY-MM-DD)");
        }
    }

    static String format(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return (time.getNano() == 0 ? WHOLE_SECONDS : MILLISECONDS).format(time);
    }

    private static DateTimeFormatter writer(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).appendOffset("+HH:MM:ss", "+00:00").toFormatter()
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
