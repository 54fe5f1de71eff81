package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bedsideneuro.domain.regimen.Orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class DailyMmeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final DailyMme utc = new DailyMme(MmeTable.standard(), ZoneOffset.UTC);
    private final DailyMme berlin = new DailyMme(MmeTable.standard(), BERLIN);

    @Test
    void morphine30mgFourTimesADayRunningAllDayIs120() {
        MedicationOrder morphine = order("morphine", "30", DoseUnit.MG, Route.ORAL, "4", "2026-03-01T08:00:00Z", null);
        assertThat(utc.forDay(List.of(morphine), LocalDate.of(2026, 3, 2)).mme()).isEqualByComparingTo("120");
    }

    @Test
    void anOrderFrom1800CountsAQuarterOfItsDailyAmountThatDay() {
        MedicationOrder morphine = order("morphine", "30", DoseUnit.MG, Route.ORAL, "4", "2026-03-01T18:00:00Z", null);
        DailyMmeResult first = utc.forDay(List.of(morphine), LocalDate.of(2026, 3, 1));
        assertThat(first.mme()).isEqualByComparingTo("30");
        assertThat(first.counted().get(0).fractionOfDay()).isEqualByComparingTo("0.25");
        assertThat(utc.forDay(List.of(morphine), LocalDate.of(2026, 2, 28)).mme()).isEqualByComparingTo("0");
    }

    @Test
    void anOrderStoppedAtNoonCountsHalfThatDayAndNothingAfter() {
        MedicationOrder morphine = order("morphine", "10", DoseUnit.MG, Route.ORAL, "6", "2026-03-01T00:00:00Z", "2026-03-03T12:00:00Z");
        NavigableMap<LocalDate, DailyMmeResult> series = utc.series(List.of(morphine), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4));
        assertThat(series.values()).extracting(DailyMmeResult::mme).map(BigDecimal -> BigDecimal.stripTrailingZeros().toPlainString())
                .containsExactly("60", "60", "30", "0");
    }

    @Test
    void rotationOnTheSameDayAddsBothPartsAndOverlappingOrdersAdd() {
        MedicationOrder morphine = order("morphine", "30", DoseUnit.MG, Route.ORAL, "4", "2026-03-01T00:00:00Z", "2026-03-05T06:00:00Z");
        MedicationOrder oxycodone = order("oxycodone", "10", DoseUnit.MG, Route.ORAL, "4", "2026-03-05T06:00:00Z", null);
        MedicationOrder breakthrough = order("morphine", "10", DoseUnit.MG, Route.SC, "2", "2026-03-04T00:00:00Z", "2026-03-06T00:00:00Z");
        NavigableMap<LocalDate, DailyMmeResult> series = utc.series(List.of(morphine, oxycodone, breakthrough),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 6));
        assertThat(series.get(LocalDate.of(2026, 3, 3)).mme()).isEqualByComparingTo("120");
        assertThat(series.get(LocalDate.of(2026, 3, 4)).mme()).isEqualByComparingTo("180");      // 120 + 60 sc
        assertThat(series.get(LocalDate.of(2026, 3, 5)).mme()).isEqualByComparingTo("135"); // quarter morphine 30 + 3/4 oxycodone 45 + sc 60
        assertThat(series.get(LocalDate.of(2026, 3, 5)).counted()).hasSize(3);
        assertThat(series.get(LocalDate.of(2026, 3, 6)).mme()).isEqualByComparingTo("60");
    }

    @Test
    void aDoseChangeAtEightIsTwoThirdsOfTheNewAndAThirdOfTheOldRoundedOnce() {
        MedicationOrder old = order("morphine", "20", DoseUnit.MG, Route.ORAL, "4", "2026-03-01T00:00:00Z", "2026-03-02T08:00:00Z");
        MedicationOrder higher = order("morphine", "40", DoseUnit.MG, Route.ORAL, "4", "2026-03-02T08:00:00Z", null);
        assertThat(utc.forDay(List.of(old, higher), LocalDate.of(2026, 3, 2)).mme()).isEqualByComparingTo("133.33");
    }

    @Test
    void springForwardDayHas23HoursSoTwelveHoursIsTwelveTwentyThirds() {
        // 2026-03-29: clocks in Berlin go from 02:00 to 03:00; the day is 23 hours long.
        MedicationOrder morphine = order("morphine", "23", DoseUnit.MG, Route.ORAL, "1", "2026-03-29T12:00:00+02:00", null);
        DailyMmeResult day = berlin.forDay(List.of(morphine), LocalDate.of(2026, 3, 29));
        assertThat(day.mme()).isEqualByComparingTo("12");
    }

    @Test
    void autumnDayHas25HoursSoAnOrderFromNoonCountsThirteenTwentyFifths() {
        // 2026-10-25: Berlin goes back from 03:00 to 02:00; 00:00 to 12:00 local is 13 hours.
        MedicationOrder morphine = order("morphine", "25", DoseUnit.MG, Route.ORAL, "1", "2026-10-25T00:00:00+02:00", "2026-10-25T12:00:00+01:00");
        assertThat(berlin.forDay(List.of(morphine), LocalDate.of(2026, 10, 25)).mme()).isEqualByComparingTo("13");
    }

    @Test
    void theCalendarDayIsTheDayInTheGivenZone() {
        MedicationOrder morphine = order("morphine", "10", DoseUnit.MG, Route.ORAL, "4", "2026-06-01T22:00:00Z", null);
        // 22:00 UTC is midnight in Berlin (summer time): the whole of 2 June Berlin, nothing on 1 June Berlin.
        assertThat(berlin.forDay(List.of(morphine), LocalDate.of(2026, 6, 1)).mme()).isEqualByComparingTo("0");
        assertThat(berlin.forDay(List.of(morphine), LocalDate.of(2026, 6, 2)).mme()).isEqualByComparingTo("40");
        assertThat(utc.forDay(List.of(morphine), LocalDate.of(2026, 6, 1)).mme()).isEqualByComparingTo("3.33"); // 2 of 24 hours in UTC
    }

    @Test
    void ordersNotCountedAreListedNeverSilentlyZero() {
        MedicationOrder bup = order("buprenorphine", "0.4", DoseUnit.MG, Route.SUBLINGUAL, "3", "2026-03-01T00:00:00Z", null);
        MedicationOrder clonazepam = order("clonazepam", "0.5", DoseUnit.MG, Route.ORAL, "2", "2026-03-01T00:00:00Z", null);
        DailyMmeResult day = utc.forDay(List.of(bup, clonazepam), LocalDate.of(2026, 3, 2));
        assertThat(day.mme()).isEqualByComparingTo("0");
        assertThat(day.notCounted()).extracting(n -> n.why().reason())
                .containsExactlyInAnyOrder(NotCountedReason.BUPRENORPHINE, NotCountedReason.ADJUVANT);
        assertThat(day.hasUncountedOpioid()).isTrue();
        assertThat(day.notCounted().get(0).describe()).contains("not counted");
    }

    @Test
    void currentMmeIsTheFullDailyAmountOfWhatRunsNow() {
        MedicationOrder old = order("morphine", "30", DoseUnit.MG, Route.ORAL, "4", "2026-03-01T00:00:00Z", "2026-03-05T18:00:00Z");
        MedicationOrder now = order("hydromorphone", "2", DoseUnit.MG, Route.ORAL, "6", "2026-03-05T18:00:00Z", null);
        MedicationOrder patch = order("fentanyl", "12", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", "2026-03-05T18:00:00Z", null);
        CurrentMme current = utc.currentMme(List.of(old, now, patch), Instant.parse("2026-03-05T19:00:00Z"));
        assertThat(current.mme()).isEqualByComparingTo("88.8"); // 2 x 6 x 5 + 12 x 2.4
        assertThat(current.counted()).extracting(MmeContribution::order).containsExactlyInAnyOrder(now, patch);
        assertThat(utc.currentMme(List.of(old, now), Instant.parse("2026-03-05T17:59:59Z")).mme()).isEqualByComparingTo("120");
    }

    @Test
    void fiveYearsOfSeveralOrdersTakeMilliseconds() {
        List<MedicationOrder> orders = new ArrayList<>();
        OffsetDateTime t = OffsetDateTime.parse("2021-01-01T08:00:00+01:00");
        for (int i = 0; i < 60; i++) {
            orders.add(new MedicationOrder(OrderId.random(), Orders.PATIENT, i % 2 == 0 ? "morphine" : "oxycodone",
                    BigDecimal.valueOf(10 + i), DoseUnit.MG, Route.ORAL, BigDecimal.valueOf(4), t, t.plusDays(30), ""));
            t = t.plusDays(30);
        }
        orders.add(order("gabapentin", "300", DoseUnit.MG, Route.ORAL, "3", "2021-01-01T08:00:00+01:00", null));
        orders.add(order("fentanyl", "25", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", "2021-01-01T08:00:00+01:00", null));
        berlin.series(orders, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)); // warm-up
        long startNanos = System.nanoTime();
        NavigableMap<LocalDate, DailyMmeResult> series = berlin.series(orders, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        assertThat(series).hasSize(1826);
        assertThat(series.get(LocalDate.of(2021, 1, 2)).mme()).isEqualByComparingTo("100"); // 10 x 4 + 25 x 2.4
        assertThat(millis).isLessThan(250);
    }
}
