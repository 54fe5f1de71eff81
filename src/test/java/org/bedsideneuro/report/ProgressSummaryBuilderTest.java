package org.bedsideneuro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.FlagCode;
import org.junit.jupiter.api.Test;

class ProgressSummaryBuilderTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    final DemoWard ward = DemoWard.generate(CLOCK);
    final ProgressSummaryBuilder builder = ProgressSummaryBuilder.standard(ZONE);
    final ProgressSummary.Printing printing = new ProgressSummary.Printing(ZonedDateTime.now(CLOCK), "os:tester", "9.9.9");

    ProgressSummary summary(PatientId id, LocalDate from, LocalDate to) {
        Patient p = ward.patients().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return builder.build(p, ward.examsOf(id), ward.ordersOf(id), from, to, printing);
    }

    @Test
    void flagsOutsideThePeriodAreLeftOutButBaselinesBeforeItStillCount() {
        ProgressSummary whole = summary(DemoWard.NEUROPATHY_STORY, TODAY.minusDays(170), TODAY);
        ProgressSummary lastMonth = summary(DemoWard.NEUROPATHY_STORY, TODAY.minusDays(30), TODAY);
        assertThat(whole.flags()).extracting(f -> f.code()).contains(FlagCode.DISTAL_WEAKNESS_WORSENED, FlagCode.NEW_FOOT_DROP);
        assertThat(lastMonth.flags()).allSatisfy(f -> assertThat(f.date()).isAfterOrEqualTo(TODAY.minusDays(30)));
        assertThat(lastMonth.flags().size()).isLessThan(whole.flags().size());
        // the baseline (150 days ago) lies before the period, yet weak ankles are still marked worse
        FindingKey leftDorsiflexion = FindingKey.of(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT);
        assertThat(lastMonth.table().columns()).isNotEmpty().allSatisfy(c -> assertThat(c.cells().get(leftDorsiflexion).worseThanBaseline()).isTrue());
        assertThat(whole.table().columns().get(0).baseline()).isTrue();
        assertThat(whole.table().columns().get(0).cells().values()).noneMatch(ProgressSummary.Cell::worseThanBaseline);
    }

    @Test
    void mmeNowAndAtTheStartComeWithNotCountedOrdersListed() {
        ProgressSummary s = summary(DemoWard.NEUROPATHY_STORY, TODAY.minusDays(110), TODAY.minusDays(1));
        // oxycodone 40 mg x3 x1.5 = 180, fentanyl 50 mcg/h x2.4 = 120; gabapentin is listed as not counted
        assertThat(s.mmeNow().mme()).isEqualByComparingTo("300");
        assertThat(s.mmeNow().notCounted()).extracting(n -> n.order().drug()).contains("gabapentin");
        assertThat(s.mmeAtStart().mme()).isEqualByComparingTo("300");
    }

    @Test
    void theMyoclonusStoryShowsItsFlagsAndJerkRates() {
        ProgressSummary s = summary(DemoWard.OIN_STORY, TODAY.minusDays(60), TODAY.minusDays(1));
        assertThat(s.flags()).extracting(f -> f.code()).contains(FlagCode.MYOCLONUS_NEW);
        assertThat(s.myoclonus().weekly()).isTrue();
        assertThat(s.myoclonus().rows()).anySatisfy(r -> assertThat(r.maxJerkRate()).isPositive());
        assertThat(s.charts()).hasSize(5).allSatisfy(c -> assertThat(c.series()).isNotEmpty());
    }

    @Test
    void oinSignsFromNursesObservationsAreListedAndMarkedAgainstBaseline() {
        ProgressSummary s = summary(DemoWard.OIN_STORY, TODAY.minusDays(60), TODAY.minusDays(1));
        assertThat(s.oinObservations()).isNotEmpty();
        assertThat(s.oinObservations()).anySatisfy(o -> {
            assertThat(o.values().get(FindingCode.HALLUCINATIONS)).isEqualTo(new ProgressSummary.Cell("yes", true));
            assertThat(o.note()).contains("insects");
        });
        // the exam table holds bedside exams only; observations are summarised instead
        assertThat(s.table().columns()).allSatisfy(c -> assertThat(c.examiner()).doesNotContain("Nurse"));
    }

    @Test
    void aShortPeriodSummarisesMyoclonusPerDay() {
        assertThat(summary(DemoWard.OIN_STORY, TODAY.minusDays(40), TODAY.minusDays(20)).myoclonus().weekly()).isFalse();
    }

    @Test
    void benefitAndHarmSetsThePegAgainstTheDailyMmeWithTheFirstLineHistoryAndTheLastReview() {
        ProgressSummary s = summary(DemoWard.PAINFUL_NEUROPATHY_STORY, TODAY.minusDays(150), TODAY);
        ProgressSummary.BenefitAndHarm b = s.benefit();
        // Tramadol 50 mg x 4 x 0.2 = 40 MME (CDC); the PEG the day before it started and at the review four weeks later.
        assertThat(b.pegRows()).contains(TODAY.minusDays(81) + ": PEG 7.7, daily MME 0, distal motor score 70 (" + TODAY.minusDays(142) + ")",
                TODAY.minusDays(52) + ": PEG 7.3, daily MME 40, function same, distal motor score 70 (" + TODAY.minusDays(52) + ")");
        assertThat(b.firstLine()).containsExactly("gabapentinoid: gabapentin, up to 1800 mg/day, 42 days, ineffective",
                "SNRI: duloxetine, up to 60 mg/day, 14 days, not tolerated");
        assertThat(b.lastReview()).startsWith("Last opioid review " + TODAY.minusDays(52)).contains("decision Reduce (taper)",
                "adverse effects sedation, constipation", "PEG 7.3");
        assertThat(b.reviewDue()).startsWith("Next opioid review due " + TODAY.minusDays(52).plusMonths(3));
    }

    @Test
    void theEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> summary(DemoWard.STABLE_STORY, TODAY, TODAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }
}
