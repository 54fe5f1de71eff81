package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clinical reference section 8, computed by hand: start, escalation, 4 weeks, 3 calendar months, the due day itself. */
class ReviewScheduleTest {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    static MedicationOrder morphine(String dose, String start, String stop) {
        return Orders.order("morphine", dose, DoseUnit.MG, Route.ORAL, "4", start, stop);
    }

    static ReviewSchedule schedule(List<MedicationOrder> orders, String... reviews) {
        List<Instant> times = new ArrayList<>();
        for (String r : reviews) {
            times.add(OffsetDateTime.parse(r).toInstant());
        }
        return ReviewSchedule.of(orders, times, ReviewSchedule.asOrdered(MmeTable.standard()), UTC, NOW);
    }

    @Test
    void dueFourWeeksAfterAStartAndOverdueOnlyFromTheDayAfter() {
        // Morphine 10 mg x 4 from 10 Jan 08:00: 10 Jan + 28 days = 7 Feb.
        ReviewSchedule s = schedule(List.of(morphine("10", "2026-01-10T08:00:00Z", null)));
        assertThat(s.triggers()).singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo(ReviewSchedule.Trigger.Kind.START));
        assertThat(s.due()).contains(LocalDate.of(2026, 2, 7));
        assertThat(s.dueBecause()).isEqualTo("4 weeks after morphine started on 2026-01-10 with no review since");
        assertThat(s.overdueOn(LocalDate.of(2026, 2, 7))).as("the due day itself").isFalse();
        assertThat(s.overdueOn(LocalDate.of(2026, 2, 8))).isTrue();
    }

    @Test
    void aReviewOnTheDayItFallsDueIsOnTimeAndTheNextIsThreeCalendarMonthsLater() {
        ReviewSchedule s = schedule(List.of(morphine("10", "2026-01-10T08:00:00Z", null)), "2026-02-07T23:30:00Z");
        assertThat(s.due()).contains(LocalDate.of(2026, 5, 7));
        assertThat(s.dueBecause()).isEqualTo("3 months after the review of 2026-02-07");
        assertThat(s.overdueOn(LocalDate.of(2026, 2, 8))).isFalse();
        assertThat(s.overdueOn(LocalDate.of(2026, 5, 8))).isTrue();
    }

    @Test
    void threeCalendarMonthsFromTheThirtiethOfNovemberEndOnTheLastDayOfFebruary() {
        ReviewSchedule s = schedule(List.of(morphine("10", "2026-10-01T08:00:00Z", null)), "2026-11-30T10:00:00Z");
        assertThat(s.due()).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void exactlyTwentyPercentMoreIsNotAnEscalationAndMoreThanThatIs() {
        List<MedicationOrder> orders = List.of(
                morphine("10", "2026-01-10T08:00:00Z", "2026-01-20T08:00:00Z"),   // 40 MME/day
                morphine("12", "2026-01-20T08:00:00Z", "2026-01-25T08:00:00Z"),   // 48: exactly 20 % above 40
                morphine("15", "2026-01-25T08:00:00Z", null));                     // 60: 25 % above 48
        ReviewSchedule s = schedule(orders);
        assertThat(s.triggers()).extracting(t -> t.kind() + " " + t.at() + " " + t.dailyMmeBefore().stripTrailingZeros().toPlainString()
                        + "->" + t.dailyMmeAfter().stripTrailingZeros().toPlainString())
                .containsExactly("START 2026-01-10T08:00:00Z 0->40", "ESCALATION 2026-01-25T08:00:00Z 48->60");
        assertThat(s.due()).contains(LocalDate.of(2026, 2, 22));
        assertThat(s.dueBecause()).contains("escalation on 2026-01-25 (scheduled and infusion daily MME 48 to 60)");
    }

    @Test
    void aPrnOrderNeverEscalatesAndIsNotAStartWhileAnOpioidRuns() {
        MedicationOrder prn = new MedicationOrder(OrderId.random(), Orders.PATIENT, "oxycodone", new BigDecimal("10"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("6"), OffsetDateTime.parse("2026-01-20T08:00:00Z"), null, "", OrderKind.PRN, Indication.NOT_RECORDED, null);
        ReviewSchedule s = schedule(List.of(morphine("10", "2026-01-10T08:00:00Z", null), prn));
        assertThat(s.triggers()).hasSize(1);
        assertThat(s.due()).contains(LocalDate.of(2026, 2, 7));
    }

    @Test
    void aRestartAfterMoreThanSevenDaysWithoutOpioidIsAStart() {
        ReviewSchedule s = schedule(List.of(morphine("10", "2026-01-10T08:00:00Z", "2026-01-20T08:00:00Z"),
                morphine("10", "2026-01-27T08:00:01Z", null)), "2026-01-19T09:00:00Z");
        assertThat(s.triggers()).extracting(ReviewSchedule.Trigger::kind)
                .containsExactly(ReviewSchedule.Trigger.Kind.START, ReviewSchedule.Trigger.Kind.START);
        assertThat(s.due()).contains(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aRestartWithinSevenDaysIsNotAStartButThePauseMakesItAnEscalationFromNothing() {
        // Stopped 20 Jan 08:00, restarted 27 Jan 07:59:59: the old order ran in the 7 days before, so not a start.
        // Exactly 7 days later (27 Jan 08:00) it would be one: the old order's last moment is before that window.
        ReviewSchedule s = schedule(List.of(morphine("10", "2026-01-10T08:00:00Z", "2026-01-20T08:00:00Z"),
                morphine("10", "2026-01-27T07:59:59Z", null)), "2026-01-19T09:00:00Z");
        assertThat(s.triggers()).extracting(ReviewSchedule.Trigger::kind)
                .containsExactly(ReviewSchedule.Trigger.Kind.START, ReviewSchedule.Trigger.Kind.ESCALATION);
        assertThat(s.due()).contains(LocalDate.of(2026, 2, 24));
    }

    @Test
    void aRotationToALowerEquianalgesicDoseIsNeitherAStartNorAnEscalation() {
        // Morphine 10 mg x 4 = 40 MME; oxycodone 5 mg x 4 x 1.5 = 30 MME (CDC factor).
        List<MedicationOrder> orders = List.of(morphine("10", "2026-01-10T08:00:00Z", "2026-01-20T08:00:00Z"),
                Orders.order("oxycodone", "5", DoseUnit.MG, Route.ORAL, "4", "2026-01-20T08:00:00Z", null));
        ReviewSchedule s = schedule(orders, "2026-02-01T10:00:00Z");
        assertThat(s.triggers()).hasSize(1);
        assertThat(s.due()).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void anEscalationAfterAReviewMakesItDueFourWeeksAfterTheEscalation() {
        List<MedicationOrder> orders = List.of(morphine("10", "2026-01-10T08:00:00Z", "2026-03-01T08:00:00Z"),
                morphine("20", "2026-03-01T08:00:00Z", null));
        ReviewSchedule s = schedule(orders, "2026-02-05T10:00:00Z");
        assertThat(s.due()).contains(LocalDate.of(2026, 3, 29));
        ReviewSchedule afterReview = schedule(orders, "2026-02-05T10:00:00Z", "2026-03-10T10:00:00Z");
        assertThat(afterReview.due()).contains(LocalDate.of(2026, 6, 10));
    }

    @Test
    void withoutAnOpioidNothingIsDueAndLaterRecordsAreNotSeenBeforeTheyExist() {
        assertThat(schedule(List.of(Orders.order("gabapentin", "300", DoseUnit.MG, Route.ORAL, "3", "2026-01-10T08:00:00Z", null))).due())
                .isEmpty();
        ReviewSchedule early = ReviewSchedule.of(List.of(morphine("10", "2026-01-10T08:00:00Z", null)),
                List.of(Instant.parse("2026-02-01T10:00:00Z")), ReviewSchedule.asOrdered(MmeTable.standard()), UTC,
                Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(early.due()).contains(LocalDate.of(2026, 2, 7));
    }
}
