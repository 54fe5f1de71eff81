package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.junit.jupiter.api.Test;

/** The prescribing-safety flags of clinical reference section 8, each on its day and not where it must not fire. */
class PrescribingSafetyRulesTest {
    private final Ward ward = new Ward();

    private MedicationOrder order(String drug, int startDay, int startHour, Integer stopDay, int stopHour) {
        return order(drug, OrderKind.SCHEDULED, startDay, startHour, stopDay, stopHour);
    }

    private MedicationOrder order(String drug, OrderKind kind, int startDay, int startHour, Integer stopDay, int stopHour) {
        OffsetDateTime start = Ward.day(startDay).atTime(startHour, 0).atOffset(ZoneOffset.UTC);
        OffsetDateTime stop = stopDay == null ? null : Ward.day(stopDay).atTime(stopHour, 0).atOffset(ZoneOffset.UTC);
        MedicationOrder o = new MedicationOrder(OrderId.random(), Ward.PATIENT, drug, BigDecimal.TEN, DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(2), start, stop, "", kind, Indication.NOT_RECORDED, null);
        ward.orders.add(o);
        return o;
    }

    @Test
    void clonazepamAddedToMorphineFiresOnTheDayItStartsAndSaysToWatchSedation() {
        ward.mme(1, 20, "40");
        MedicationOrder morphine = order("morphine", 1, 8, null, 0);
        MedicationOrder clonazepam = order("clonazepam", 5, 14, null, 0);
        assertThat(ward.flags(new OpioidBenzodiazepineRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(5));
            assertThat(f.values()).contains("morphine oral 10 mg x 2/day", "clonazepam oral 10 mg x 2/day", "sedation (POSS)");
            assertThat(f.orderIds()).containsExactlyInAnyOrder(morphine.id(), clonazepam.id());
        });
    }

    @Test
    void aBenzodiazepineStoppedTheDayBeforeTheOpioidStartedDoesNotFireButOneStoppedThatMorningDoes() {
        ward.mme(1, 20, "40");
        order("lorazepam", 1, 8, 4, 20);
        order("oxycodone", 5, 8, null, 0);
        assertThat(ward.flags(new OpioidBenzodiazepineRule())).isEmpty();
        order("diazepam", 2, 8, 5, 7); // stopped at 07:00 on the day the oxycodone starts at 08:00: same day
        assertThat(ward.flags(new OpioidBenzodiazepineRule())).extracting(Flag::date).containsExactly(Ward.day(5));
    }

    @Test
    void aPrnOrderRunsWhileItIsOrderedGivenOrNot() {
        ward.mme(1, 10, "0");
        order("oxycodone", OrderKind.PRN, 3, 8, null, 0);
        order("pregabalin", 1, 8, null, 0);
        assertThat(ward.flags(new OpioidGabapentinoidRule())).extracting(Flag::date).containsExactly(Ward.day(3));
    }

    @Test
    void tramadolWithSertralineIsASerotonergicCombinationButMorphineWithSertralineIsNot() {
        ward.mme(1, 20, "20");
        order("sertraline", 1, 8, null, 0);
        order("morphine", 2, 8, 6, 8);
        assertThat(ward.flags(new SerotonergicCombinationRule())).isEmpty();
        order("tramadol", 6, 8, null, 0);
        assertThat(ward.flags(new SerotonergicCombinationRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(6));
            assertThat(f.values()).contains("tramadol", "sertraline", "serotonin syndrome");
        });
    }

    @Test
    void aCombinationFiresAgainOnlyAfterItStoppedHolding() {
        ward.mme(1, 30, "20");
        order("fentanyl", 1, 8, null, 0);
        order("duloxetine", 3, 8, 6, 8);
        order("amitriptyline", 10, 8, null, 0);
        assertThat(ward.flags(new SerotonergicCombinationRule())).extracting(Flag::date).containsExactly(Ward.day(3), Ward.day(10));
    }

    @Test
    void fiftyAndNinetyEachStartTheFlagOnceAndReArmOnlyBelowTheirThreshold() {
        ward.mme(1, 2, "40").mme(3, 4, "50").mme(5, 6, "95").mme(7, 7, "60").mme(8, 8, "92").mme(9, 9, "45").mme(10, 10, "49.99")
                .mme(11, 11, "50");
        assertThat(ward.flags(new HighDailyMmeRule())).extracting(Flag::date)
                // 50: day 3, again day 11 after day 9 fell below; 90: day 5, again day 8 after day 7 fell below
                .containsExactly(Ward.day(3), Ward.day(5), Ward.day(8), Ward.day(11));
        assertThat(ward.flags(new HighDailyMmeRule()).get(1).values()).contains("daily MME 95", "90 or more", "outpatient guidance");
    }

    @Test
    void theStandardEngineRunsTheSectionEightRules() {
        assertThat(FlagEngine.standard(Ward.ZONE).rules()).extracting(FlagRule::code)
                .contains(FlagCode.OPIOID_BENZODIAZEPINE, FlagCode.OPIOID_GABAPENTINOID, FlagCode.SEROTONERGIC_COMBINATION, FlagCode.HIGH_DAILY_MME);
    }
}
