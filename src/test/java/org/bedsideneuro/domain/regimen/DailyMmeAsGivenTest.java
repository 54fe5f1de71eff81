package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

/**
 * Daily MME as given (clinical reference section 6), each case computed by hand in its comment. Berlin, whose clocks
 * went forward on 29 March 2026 (a 23-hour day) and back on 25 October 2026 (a 25-hour day).
 */
class DailyMmeAsGivenTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PatientId PATIENT = new PatientId("MRN-1");
    private static final Clinician NURSE = new Clinician(new ClinicianId(UUID.nameUUIDFromBytes("nurse".getBytes())),
            "Nurse Example", Role.NURSE);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    private final DailyMme daily = new DailyMme(MmeTable.standard(), BERLIN);
    private final List<Administration> given = new ArrayList<>();

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BERLIN).toOffsetDateTime();
    }

    private static MedicationOrder order(String drug, OrderKind kind, String dose, DoseUnit unit, Route route, String perDay,
                                         OffsetDateTime start) {
        return new MedicationOrder(OrderId.random(), PATIENT, drug, new BigDecimal(dose), unit, route,
                perDay == null ? null : new BigDecimal(perDay), start, null, "", kind, Indication.NOT_RECORDED, null);
    }

    private void give(MedicationOrder order, OffsetDateTime when, String dose, AdministrationStatus status) {
        given.add(new Administration(AdministrationId.random(), order.id(), PATIENT, when, null, new BigDecimal(dose),
                order.unit(), status, NURSE, status.counts() ? "" : "asleep"));
    }

    private void reading(MedicationOrder pca, OffsetDateTime from, OffsetDateTime to, String delivered) {
        given.add(new Administration(AdministrationId.random(), pca.id(), PATIENT, to, from, new BigDecimal(delivered),
                pca.unit(), AdministrationStatus.GIVEN, NURSE, ""));
    }

    private BigDecimal mme(List<MedicationOrder> orders, LocalDate day) {
        return daily.forDay(orders, given, day).mme();
    }

    @Test
    void sixPrnDosesBesideAScheduledOrderCountAsGiven() {
        // oxycodone 10 mg x 2 = 20 mg x 1.5 = 30; six PRN doses of 5 mg = 30 mg x 1.5 = 45; together 75 (not 30).
        MedicationOrder scheduled = order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(DAY.minusDays(3), 8, 0));
        MedicationOrder prn = order("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(DAY.minusDays(3), 8, 0));
        for (int hour = 6; hour <= 21; hour += 3) {
            give(prn, at(DAY, hour, 0), "5", AdministrationStatus.GIVEN);
        }
        DailyMmeResult day = daily.forDay(List.of(scheduled, prn), given, DAY);
        assertThat(day.mme()).isEqualByComparingTo("75");
        MmeContribution prnPart = day.counted().stream().filter(c -> c.order().equals(prn)).findFirst().orElseThrow();
        assertThat(prnPart.countedAs()).isEqualTo(MmeContribution.CountedAs.AS_GIVEN);
        // Its ceiling, 6 x 5 mg x 1.5 = 45, is shown beside it and never added.
        assertThat(prnPart.ceiling()).isEqualByComparingTo("45");
        assertThat(mme(List.of(scheduled, prn), DAY.minusDays(1))).as("a day without PRN doses").isEqualByComparingTo("30");
    }

    @Test
    void heldAndRefusedDosesCountNothingAndADayOfHeldDosesOnlyCountsZero() {
        // PRN 5 mg: two given, one held = 10 mg x 1.5 = 15. Scheduled 10 mg x 2 with one given, one refused: 10 x 1.5 = 15.
        MedicationOrder scheduled = order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(DAY.minusDays(3), 8, 0));
        MedicationOrder prn = order("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(DAY.minusDays(3), 8, 0));
        give(prn, at(DAY, 9, 0), "5", AdministrationStatus.GIVEN);
        give(prn, at(DAY, 13, 0), "5", AdministrationStatus.HELD);
        give(prn, at(DAY, 20, 0), "5", AdministrationStatus.GIVEN);
        give(scheduled, at(DAY, 8, 0), "10", AdministrationStatus.GIVEN);
        give(scheduled, at(DAY, 20, 0), "10", AdministrationStatus.REFUSED);
        assertThat(mme(List.of(scheduled, prn), DAY)).isEqualByComparingTo("30");
        DailyMmeResult day = daily.forDay(List.of(scheduled), given, DAY);
        assertThat(day.counted().get(0).countedAs()).isEqualTo(MmeContribution.CountedAs.AS_GIVEN);
        // The next day: both scheduled doses held (sedation): 0, not the 30 as ordered.
        give(scheduled, at(DAY.plusDays(1), 8, 0), "10", AdministrationStatus.HELD);
        give(scheduled, at(DAY.plusDays(1), 20, 0), "10", AdministrationStatus.HELD);
        assertThat(mme(List.of(scheduled), DAY.plusDays(1))).isEqualByComparingTo("0");
        // The day after, nothing charted: as ordered again, 30.
        assertThat(mme(List.of(scheduled), DAY.plusDays(2))).isEqualByComparingTo("30");
    }

    @Test
    void anInfusionCountsItsRateOverThePartOfTheDayItRanAndAWholeDaySTwentyFourHoursOnEveryDay() {
        // Morphine sc 1 mg/h, default factor 3/mg: 24 mg x 3 = 72 a whole day; from 18:00, a quarter: 18.
        MedicationOrder driver = order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, at(DAY, 18, 0));
        assertThat(mme(List.of(driver), DAY)).isEqualByComparingTo("18");
        assertThat(mme(List.of(driver), DAY.plusDays(1))).isEqualByComparingTo("72");
        MedicationOrder sinceWinter = order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, at(SPRING.minusDays(5), 9, 0));
        assertThat(mme(List.of(sinceWinter), SPRING)).as("the 23-hour day").isEqualByComparingTo("72");
        MedicationOrder sinceSummer = order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, at(AUTUMN.minusDays(5), 9, 0));
        assertThat(mme(List.of(sinceSummer), AUTUMN)).as("the 25-hour day").isEqualByComparingTo("72");
        // Fentanyl sc 25 mcg/h: 600 mcg x 0.3 = 180.
        MedicationOrder fentanyl = order("fentanyl", OrderKind.INFUSION, "25", DoseUnit.MCG_PER_HOUR, Route.SC, null, at(DAY.minusDays(1), 9, 0));
        assertThat(mme(List.of(fentanyl), DAY)).isEqualByComparingTo("180");
    }

    @Test
    void aPcaReadingIsSpreadOverTheHoursItCoversAcrossMidnight() {
        // 8 mg delivered 22:00 to 02:00: 4 mg before midnight, 4 after; morphine iv 3/mg: 12 MME each day.
        MedicationOrder pca = order("morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null, at(DAY.minusDays(1), 12, 0));
        reading(pca, at(DAY, 22, 0), at(DAY.plusDays(1), 2, 0), "8");
        assertThat(mme(List.of(pca), DAY)).isEqualByComparingTo("12");
        assertThat(mme(List.of(pca), DAY.plusDays(1))).isEqualByComparingTo("12");
        assertThat(daily.forDay(List.of(pca), given, DAY).counted().get(0).countedAs()).isEqualTo(MmeContribution.CountedAs.PUMP_READINGS);
    }

    @Test
    void aPcaReadingOnTheTwentyThreeHourDayIsScaledToTwentyFourHours() {
        // 00:00 to 08:00 on 29 March is 7 real hours; 7 mg, all that day; x 24/23 = 7.3043 mg x 3 = 21.91.
        MedicationOrder pca = order("morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null, at(SPRING.minusDays(1), 12, 0));
        reading(pca, at(SPRING, 0, 0), at(SPRING, 8, 0), "7");
        assertThat(mme(List.of(pca), SPRING)).isEqualByComparingTo("21.91");
    }

    @Test
    void anotherParenteralTableChangesEveryDay() {
        // Hydromorphone iv 0.5 mg/h = 12 mg a day: BedsideNeuro default 20/mg = 240; NCI PDQ 15/mg = 180.
        MedicationOrder infusion = order("hydromorphone", OrderKind.INFUSION, "0.5", DoseUnit.MG_PER_HOUR, Route.IV, null, at(DAY.minusDays(2), 9, 0));
        assertThat(mme(List.of(infusion), DAY)).isEqualByComparingTo("240");
        DailyMme nci = new DailyMme(new MmeTable(MmeTable.parenteral("hydromorphone", DoseUnit.MG, "15")), BERLIN);
        assertThat(nci.forDay(List.of(infusion), given, DAY).mme()).isEqualByComparingTo("180");
    }

    @Test
    void theCurrentMmeIsTheRunningOrdersInFullAndPrnAndPcaAsGivenInTheLast24Hours() {
        // Scheduled oxycodone 10 mg x 2 = 30; PRN 5 mg given at 22:00 yesterday and 06:00 today (the dose of two days
        // ago at 08:00 is older than 24 h): 10 mg x 1.5 = 15; total 45 at 09:00.
        MedicationOrder scheduled = order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(DAY.minusDays(3), 8, 0));
        MedicationOrder prn = order("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(DAY.minusDays(3), 8, 0));
        give(prn, at(DAY.minusDays(2), 8, 0), "5", AdministrationStatus.GIVEN);
        give(prn, at(DAY.minusDays(1), 22, 0), "5", AdministrationStatus.GIVEN);
        give(prn, at(DAY, 6, 0), "5", AdministrationStatus.GIVEN);
        assertThat(daily.currentMme(List.of(scheduled, prn), given, at(DAY, 9, 0).toInstant()).mme()).isEqualByComparingTo("45");
    }

    @Test
    void ordersOfEachKindSayWhatTheyNeed() {
        Assertions.assertThatThrownBy(() -> order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR,
                Route.ORAL, null, at(DAY, 8, 0))).hasMessageContaining("iv or sc");
        Assertions.assertThatThrownBy(() -> order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG,
                Route.SC, null, at(DAY, 8, 0))).hasMessageContaining("mg/h or mcg/h");
        Assertions.assertThatThrownBy(() -> order("morphine", OrderKind.PRN, "5", DoseUnit.MG,
                Route.ORAL, null, at(DAY, 8, 0))).hasMessageContaining("Most doses a day");
        Assertions.assertThatThrownBy(() -> order("morphine", OrderKind.PCA, "1", DoseUnit.MG,
                Route.IV, "6", at(DAY, 8, 0))).hasMessageContaining("no doses per day");
        assertThat(order("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(DAY, 8, 0)).summary())
                .isEqualTo("oxycodone oral 5 mg PRN, at most 6/day");
        assertThat(order("morphine", OrderKind.INFUSION, "1.5", DoseUnit.MG_PER_HOUR, Route.SC, null, at(DAY, 8, 0)).summary())
                .isEqualTo("morphine sc infusion 1.5 mg/h");
    }
}
