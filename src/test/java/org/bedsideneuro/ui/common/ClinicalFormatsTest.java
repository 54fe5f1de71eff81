package org.bedsideneuro.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClinicalFormatsTest {
    /** 23:30 in Berlin on 1 March is 22:30 UTC: "today" is the ward's date, not UTC's. */
    private final ClinicalFormats formats = new ClinicalFormats(Clock.fixed(Instant.parse("2026-03-01T22:30:00Z"), ZoneId.of("Europe/Berlin")));

    @Test
    void aTimeLaterTodayReadsAsTheHourOnly() {
        assertThat(formats.soon(Instant.parse("2026-03-01T22:50:00Z"))).isEqualTo("23:50");
    }

    @Test
    void anotherDayWithinAWeekKeepsItsDayAndMonthButNotTheYear() {
        assertThat(formats.soon(Instant.parse("2026-03-01T23:30:00Z"))).as("00:30 on 2 March in Berlin").isEqualTo("2 Mar 00:30");
        assertThat(formats.soon(Instant.parse("2026-02-27T08:00:00Z"))).isEqualTo("27 Feb 09:00");
        assertThat(formats.soon(Instant.parse("2026-03-08T08:00:00Z"))).isEqualTo("8 Mar 09:00");
    }

    @Test
    void furtherAwayItIsTheFullDateAndTime() {
        assertThat(formats.soon(Instant.parse("2026-03-09T08:00:00Z"))).isEqualTo("9 Mar 2026 09:00");
        assertThat(formats.soon(Instant.parse("2025-03-01T08:00:00Z"))).isEqualTo("1 Mar 2025 09:00");
        assertThat(formats.soon(null)).isEmpty();
    }

    @Test
    void birthDateCarriesTheAgeOnTheWardsDate() {
        assertThat(formats.birthDateWithAge(LocalDate.of(1950, 3, 1))).as("birthday today in Berlin").isEqualTo("1 Mar 1950 (76 y)");
        assertThat(formats.birthDateWithAge(LocalDate.of(1950, 3, 2))).isEqualTo("2 Mar 1950 (75 y)");
    }
}
