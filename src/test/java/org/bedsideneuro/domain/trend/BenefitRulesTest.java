package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.ReviewDecision;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.junit.jupiter.api.Test;

/**
 * The benefit and review flags of clinical reference section 8, computed by hand. Day 1 is 1 Jan 2026 (UTC). Tramadol
 * (or morphine) starts on day 10 at 08:00, so the review falls due on day 38 (7 Feb) and 4 weeks on it end on day 38.
 */
class BenefitRulesTest {
    private final Ward ward = new Ward();

    private MedicationOrder order(String drug, String dose, Indication indication, int startDay, Integer stopDay, TrialOutcome outcome) {
        OffsetDateTime start = Ward.day(startDay).atTime(8, 0).atOffset(ZoneOffset.UTC);
        OffsetDateTime stop = stopDay == null ? null : Ward.day(stopDay).atTime(8, 0).atOffset(ZoneOffset.UTC);
        MedicationOrder o = new MedicationOrder(OrderId.random(), Ward.PATIENT, drug, new BigDecimal(dose), DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(4), start, stop, "", OrderKind.SCHEDULED, indication, outcome);
        ward.orders.add(o);
        return o;
    }

    private MedicationOrder tramadol() {
        return order("tramadol", "50", Indication.NEUROPATHIC_PAIN, 10, null, null);
    }

    private void peg(int day, int pain, int enjoyment, int activity) {
        ward.exam(day, "10:00", Finding.unsided(FindingCode.PEG_PAIN, FindingCode.PEG_PAIN.parseValue("" + pain)),
                Finding.unsided(FindingCode.PEG_ENJOYMENT, FindingCode.PEG_ENJOYMENT.parseValue("" + enjoyment)),
                Finding.unsided(FindingCode.PEG_ACTIVITY, FindingCode.PEG_ACTIVITY.parseValue("" + activity)));
    }

    private void review(int day, String time) {
        ward.exam(day, time, Finding.unsided(FindingCode.REVIEW_DECISION, ReviewDecision.CONTINUE));
    }

    @Test
    void theReviewIsOverdueFromTheDayAfterItFellDueWhileTheOpioidRuns() {
        ward.mme(1, 60, "40");
        tramadol();
        assertThat(ward.flags(new ReviewOverdueRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(39));
            assertThat(f.values()).contains("opioid review due 2026-02-07", "4 weeks after tramadol started on 2026-01-10",
                    "CDC 2022 rec. 7 (outpatient guidance)");
        });
    }

    @Test
    void aReviewDoneOnTheDayItFallsDueIsOnTime() {
        ward.mme(1, 60, "40");
        tramadol();
        review(38, "23:00");
        assertThat(ward.flags(new ReviewOverdueRule())).isEmpty();
    }

    @Test
    void aLateReviewEndsTheFlagAndAnOpioidStoppedBeforeTheDueDayNeverRaisesIt() {
        ward.mme(1, 60, "40");
        tramadol();
        review(45, "09:00");
        assertThat(ward.flags(new ReviewOverdueRule())).extracting(Flag::date).containsExactly(Ward.day(39));
        Ward other = new Ward();
        other.mme(1, 60, "40");
        other.orders.add(new MedicationOrder(OrderId.random(), Ward.PATIENT, "morphine", BigDecimal.TEN, DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(4), Ward.day(10).atTime(8, 0).atOffset(ZoneOffset.UTC), Ward.day(38).atTime(20, 0).atOffset(ZoneOffset.UTC), ""));
        assertThat(other.flags(new ReviewOverdueRule())).isEmpty();
    }

    @Test
    void aPegThatImprovedByExactlyOnePointIsABenefit() {
        ward.mme(1, 60, "40");
        tramadol();
        peg(9, 7, 7, 7);   // 7.0 before the start
        peg(36, 6, 6, 6);  // 6.0: exactly 1 point better
        assertThat(ward.flags(new NoFunctionalBenefitRule())).isEmpty();
    }

    @Test
    void aPegLessThanOnePointBetterAfterFourWeeksFiresOnTheDayTheFourWeeksEnd() {
        ward.mme(1, 60, "40");
        MedicationOrder tramadol = tramadol();
        peg(9, 7, 7, 7);   // 7.0
        peg(36, 6, 6, 7);  // 6.33: 0.67 better
        assertThat(ward.flags(new NoFunctionalBenefitRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(38));
            assertThat(f.values()).contains("PEG 6.3 on 2026-02-05 against 7.0 on 2026-01-09", "before tramadol started on 2026-01-10",
                    "better by 0.7", "BedsideNeuro's own rule");
            assertThat(f.orderIds()).containsExactly(tramadol.id());
            assertThat(f.examIds()).hasSize(2);
        });
    }

    @Test
    void withoutAPegBeforeTheOpioidItCannotFire() {
        ward.mme(1, 60, "40");
        tramadol();
        peg(12, 7, 7, 7);
        peg(40, 8, 8, 8);
        assertThat(ward.flags(new NoFunctionalBenefitRule())).isEmpty();
    }

    @Test
    void afterAnEscalationThePegBeforeTheEscalationIsTheOneCompared() {
        ward.mme(1, 90, "40");
        order("morphine", "10", Indication.NEUROPATHIC_PAIN, 10, 50, null);     // 40 MME
        order("morphine", "20", Indication.NEUROPATHIC_PAIN, 50, null, null);   // 80 MME: escalation on day 50
        peg(9, 8, 8, 8);   // 8.0 before the start
        peg(45, 6, 6, 6);  // 6.0 before the escalation: 2 points better than the start
        peg(60, 6, 6, 5);  // 5.67 after it: only 0.33 better than before the escalation
        assertThat(ward.flags(new NoFunctionalBenefitRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(60));
            assertThat(f.values()).contains("against 6.0 on 2026-02-14", "before escalation on 2026-02-19");
        });
    }

    @Test
    void twoFirstLineClassesFailedBeforeTheOpioidDoNotFire() {
        ward.mme(1, 30, "40");
        order("gabapentin", "600", Indication.NEUROPATHIC_PAIN, 1, 5, TrialOutcome.INEFFECTIVE);
        order("duloxetine", "60", Indication.NEUROPATHIC_PAIN, 5, 9, TrialOutcome.NOT_TOLERATED);
        tramadol();
        assertThat(ward.flags(new OpioidBeforeFirstLineRule())).isEmpty();
    }

    @Test
    void twoDrugsOfOneClassCountOnceAndATrialStoppedForAnotherReasonDoesNotCount() {
        ward.mme(1, 30, "40");
        MedicationOrder gabapentin = order("gabapentin", "600", Indication.NEUROPATHIC_PAIN, 1, 4, TrialOutcome.INEFFECTIVE);
        order("pregabalin", "150", Indication.NEUROPATHIC_PAIN, 4, 7, TrialOutcome.NOT_TOLERATED);
        order("amitriptyline", "25", Indication.NEUROPATHIC_PAIN, 7, 9, TrialOutcome.STOPPED_OTHER);
        MedicationOrder tramadol = tramadol();
        assertThat(ward.flags(new OpioidBeforeFirstLineRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(10));
            assertThat(f.values()).contains("tramadol oral 50 mg x 4/day for neuropathic pain started on 2026-01-10",
                    "1 first-line class tried", "gabapentinoid (gabapentin, ineffective)", "BedsideNeuro's own rule");
            assertThat(f.orderIds()).contains(tramadol.id(), gabapentin.id());
        });
    }

    @Test
    void aTrialStillRunningWhenTheOpioidStartsOrAnotherIndicationDoesNotCount() {
        ward.mme(1, 30, "40");
        order("gabapentin", "600", Indication.NEUROPATHIC_PAIN, 1, 5, TrialOutcome.INEFFECTIVE);
        order("duloxetine", "60", Indication.NEUROPATHIC_PAIN, 5, 12, TrialOutcome.NOT_TOLERATED);
        tramadol();
        assertThat(ward.flags(new OpioidBeforeFirstLineRule())).extracting(Flag::date).containsExactly(Ward.day(10));
        Ward cancer = new Ward();
        cancer.mme(1, 30, "40");
        cancer.orders.add(new MedicationOrder(OrderId.random(), Ward.PATIENT, "morphine", BigDecimal.TEN, DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(4), Ward.day(10).atTime(8, 0).atOffset(ZoneOffset.UTC), null, "", OrderKind.SCHEDULED,
                Indication.CANCER_PAIN, null));
        assertThat(cancer.flags(new OpioidBeforeFirstLineRule())).isEmpty();
    }

    @Test
    void theStandardEngineRunsTheThreeRules() {
        assertThat(FlagEngine.standard(Ward.ZONE).rules()).extracting(FlagRule::code)
                .contains(FlagCode.REVIEW_OVERDUE, FlagCode.NO_FUNCTIONAL_BENEFIT, FlagCode.OPIOID_BEFORE_FIRST_LINE);
    }
}
