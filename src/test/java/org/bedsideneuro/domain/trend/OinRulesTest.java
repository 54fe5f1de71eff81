package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.junit.jupiter.api.Test;

class OinRulesTest {
    private final Ward ward = new Ward();

    private static Finding yes(FindingCode code) {
        return Finding.unsided(code, YesNo.YES);
    }

    private static Finding no(FindingCode code) {
        return Finding.unsided(code, YesNo.NO);
    }

    @Test
    void hallucinationsOnOpioidsAreAWarningSign() {
        ward.mme(1, 10, "90");
        ward.exam(3, "10:00", yes(FindingCode.HALLUCINATIONS), no(FindingCode.HYPERALGESIA));
        assertThat(ward.flags(new OinWarningSignsRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(3));
            assertThat(f.values()).contains("Hallucinations").doesNotContain("Hyperalgesia");
        });
    }

    @Test
    void positiveCamWithoutOpioidsIsNotAnOinWarning() {
        ward.mme(1, 10, "0");
        ward.exam(3, "10:00", Finding.unsided(FindingCode.DELIRIUM_CAM, CamResult.POSITIVE));
        assertThat(ward.flags(new OinWarningSignsRule())).isEmpty();
    }

    @Test
    void warningSignsRefireOnlyAfterAnObservationWithoutThem() {
        ward.mme(1, 20, "90");
        ward.exam(3, "10:00", Finding.unsided(FindingCode.DELIRIUM_CAM, CamResult.POSITIVE));
        ward.exam(4, "10:00", yes(FindingCode.ALLODYNIA));
        ward.exam(6, "10:00", Finding.unsided(FindingCode.DELIRIUM_CAM, CamResult.NEGATIVE), no(FindingCode.ALLODYNIA));
        ward.exam(9, "10:00", yes(FindingCode.SEIZURE));
        assertThat(ward.flags(new OinWarningSignsRule())).extracting(Flag::date).containsExactly(Ward.day(3), Ward.day(9));
    }

    @Test
    void possThreeOrFourIsUnacceptableSedation() {
        ward.exam(1, "10:00", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SLIGHTLY_DROWSY));
        assertThat(ward.flags(new SedationUnacceptableRule())).isEmpty();
        ward.exam(2, "10:00", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.FREQUENTLY_DROWSY));
        ward.exam(2, "14:00", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SOMNOLENT));
        ward.exam(3, "10:00", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.ASLEEP));
        ward.exam(4, "10:00", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SOMNOLENT));
        assertThat(ward.flags(new SedationUnacceptableRule())).extracting(Flag::date).containsExactly(Ward.day(2), Ward.day(4));
    }

    @Test
    void hyperalgesiaAnsweredWithAHigherDoseWithinThreeDaysIsTheLoop() {
        ward.mme(1, 5, "60").mme(6, 20, "90");
        ward.exam(3, "10:00", yes(FindingCode.HYPERALGESIA));
        assertThat(ward.flags(new HyperalgesiaEscalationRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(6));
            assertThat(f.values()).contains("60").contains("90");
        });
    }

    @Test
    void aRiseMoreThanThreeDaysLaterOrWithoutHyperalgesiaIsNotTheLoop() {
        ward.mme(1, 6, "60").mme(7, 20, "90");
        ward.exam(3, "10:00", yes(FindingCode.HYPERALGESIA)); // rise on day 7 is 4 days later
        ward.exam(5, "10:00", no(FindingCode.ALLODYNIA));
        assertThat(ward.flags(new HyperalgesiaEscalationRule())).isEmpty();
    }

    @Test
    void anAllodyniaThenTwoStepIncreaseFlagsOnceUntilTheMmeSettles() {
        ward.mme(1, 4, "60").mme(5, 5, "70").mme(6, 6, "90").mme(7, 7, "90").mme(8, 20, "120");
        ward.exam(4, "10:00", yes(FindingCode.ALLODYNIA));
        ward.exam(6, "10:00", yes(FindingCode.ALLODYNIA));
        assertThat(ward.flags(new HyperalgesiaEscalationRule())).extracting(Flag::date).containsExactly(Ward.day(5), Ward.day(8));
    }

    private MedicationOrder order(String drug, int startDay, Integer stopDay) {
        OffsetDateTime start = Ward.day(startDay).atTime(8, 0).atOffset(ZoneOffset.UTC);
        OffsetDateTime stop = stopDay == null ? null : Ward.day(stopDay).atTime(8, 0).atOffset(ZoneOffset.UTC);
        MedicationOrder o = new MedicationOrder(OrderId.random(), Ward.PATIENT, drug, BigDecimal.TEN, DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(4), start, stop, "");
        ward.orders.add(o);
        return o;
    }

    private void egfr(int day, String value) {
        ward.exam(day, "07:00", Finding.unsided(FindingCode.EGFR, NumericValue.of(value)));
    }

    @Test
    void lowEgfrOnMorphineIsARenalRiskButOnOxycodoneItIsNot() {
        order("oxycodone", 1, null);
        egfr(2, "25");
        assertThat(ward.flags(new RenalRiskRule())).isEmpty();
        MedicationOrder morphine = order("morphine", 5, null);
        assertThat(ward.flags(new RenalRiskRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(5));
            assertThat(f.orderIds()).containsExactly(morphine.id());
            assertThat(f.values()).contains("eGFR 25");
        });
    }

    @Test
    void eGfrOfThirtyIsNotBelowThirty() {
        order("tramadol", 1, null);
        egfr(2, "30");
        assertThat(ward.flags(new RenalRiskRule())).isEmpty();
        egfr(3, "29.5");
        assertThat(ward.flags(new RenalRiskRule())).extracting(Flag::date).containsExactly(Ward.day(3));
    }

    @Test
    void renalRiskRefiresAfterTheMorphineWasStoppedAndRestarted() {
        order("hydromorphone", 1, 5);
        egfr(2, "20");
        egfr(3, "18");
        order("codeine", 10, null);
        assertThat(ward.flags(new RenalRiskRule())).extracting(Flag::date).containsExactly(Ward.day(2), Ward.day(10));
    }
}
