package org.bedsideneuro.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.exam.RateDirection;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.ReviewDecision;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.FlagEngine;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.junit.jupiter.api.Test;

class DemoWardTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // A window spanning the spring daylight-saving change in Berlin.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:30:00Z"), BERLIN);
    private final DemoWard ward = DemoWard.generate(CLOCK);

    private List<Flag> flags(PatientId patient) {
        LocalDate today = CLOCK.instant().atZone(BERLIN).toLocalDate();
        DailyMme dailyMme = new DailyMme(MmeTable.standard(), BERLIN);
        return FlagEngine.standard(BERLIN).run(patient, ward.examsOf(patient), ward.ordersOf(patient),
                dailyMme.series(ward.ordersOf(patient), ward.administrationsOf(patient), today.minusDays(200), today));
    }

    private Set<FlagCode> codes(PatientId patient) {
        Set<FlagCode> codes = new HashSet<>();
        flags(patient).forEach(f -> codes.add(f.code()));
        return codes;
    }

    @Test
    void theWardHasTenFictionalPatientsInNeuro4bAndThreeClinicians() {
        assertThat(ward.patients()).hasSizeBetween(8, 12)
                .allSatisfy(p -> {
                    assertThat(p.id().value()).matches("DEMO-\\d{4}");
                    assertThat(p.ward()).isEqualTo("Neuro 4B");
                    assertThat(p.bed()).isNotBlank();
                });
        assertThat(ward.patients()).extracting(Patient::id).doesNotHaveDuplicates();
        assertThat(ward.clinicians()).extracting(c -> c.role())
                .containsExactlyInAnyOrder(Role.NEUROLOGIST, Role.NEUROLOGIST, Role.NURSE);
        assertThat(ward.clinicians()).allSatisfy(c -> assertThat(c.displayName()).contains("fictional"));
    }

    @Test
    void everyRecordIsValidAndNothingLiesInTheFuture() {
        Instant now = CLOCK.instant();
        LocalDate today = now.atZone(BERLIN).toLocalDate();
        ward.patients().forEach(p -> p.requireBornBy(today));
        ward.exams().forEach(e -> e.requireNotInFuture(now));
        ward.orders().forEach(o -> o.requireNotInFuture(now));
        assertThat(ward.exams()).allSatisfy(e -> assertThat(e.recordedAt().toInstant()).isBefore(now));
        assertThat(ward.orders()).allSatisfy(o -> assertThat(o.start().toInstant()).isBefore(now));
        Set<PatientId> known = new HashSet<>(ward.patients().stream().map(Patient::id).toList());
        assertThat(ward.exams()).allSatisfy(e -> {
            assertThat(known).contains(e.patientId());
            assertThat(ward.clinicians()).contains(e.recordedBy());
        });
        assertThat(ward.orders()).allSatisfy(o -> assertThat(known).contains(o.patientId()));
        assertThat(ward.exams()).extracting(Exam::id).doesNotHaveDuplicates();
        assertThat(ward.orders()).extracting(o -> o.id()).doesNotHaveDuplicates();
    }

    @Test
    void theStoriesSpanFourToSixMonths() {
        LocalDate today = CLOCK.instant().atZone(BERLIN).toLocalDate();
        LocalDate first = ward.exams().stream().map(e -> e.recordedAt().atZoneSameInstant(BERLIN).toLocalDate())
                .min(LocalDate::compareTo).orElseThrow();
        assertThat(first).isBetween(today.minusMonths(6), today.minusMonths(4));
    }

    @Test
    void theSameClockAndSeedGiveTheSameWardWithTheSameIds() {
        assertThat(DemoWard.generate(CLOCK)).isEqualTo(ward);
        DemoWard otherSeed = DemoWard.generate(CLOCK, 7);
        assertThat(otherSeed.clinicians()).isEqualTo(ward.clinicians());
        assertThat(otherSeed).isNotEqualTo(ward);
    }

    @Test
    void nothingIsInTheFutureForAnotherClockEither() {
        Clock winter = Clock.fixed(Instant.parse("2026-01-01T00:05:00Z"), ZoneId.of("America/New_York"));
        DemoWard other = DemoWard.generate(winter, 99);
        assertThat(other.exams()).allSatisfy(e -> assertThat(e.recordedAt().toInstant()).isBefore(winter.instant()));
        assertThat(other.orders()).allSatisfy(o -> {
            assertThat(o.start().toInstant()).isBefore(winter.instant());
            if (o.stop() != null) {
                assertThat(o.stop().toInstant()).isBefore(winter.instant());
            }
        });
    }

    @Test
    void storyAFiresMyoclonusAndNeurotoxicityFlags() {
        assertThat(codes(DemoWard.OIN_STORY)).contains(FlagCode.MYOCLONUS_NEW, FlagCode.MYOCLONUS_RISING_WITH_MME,
                FlagCode.OIN_WARNING_SIGNS);
        assertThat(codes(DemoWard.OIN_STORY)).doesNotContain(FlagCode.DISTAL_WEAKNESS_WORSENED, FlagCode.NEW_FOOT_DROP);
    }

    @Test
    void storyARotatesFromMorphineToOxycodoneWithClonazepam() {
        assertThat(ward.ordersOf(DemoWard.OIN_STORY)).extracting(o -> o.drug())
                .contains("morphine", "oxycodone", "clonazepam");
    }

    @Test
    void storyBHasThreeStudiesMonthsApartWithAFallingSuralAmplitudeFlaggedOnTheThird() {
        List<Exam> studies = ward.examsOf(DemoWard.NEUROPATHY_STORY).stream()
                .filter(Exam::isNerveConductionStudy)
                .sorted(Comparator.comparing(e -> e.recordedAt().toInstant())).toList();
        assertThat(studies).hasSize(3).allMatch(e -> !e.note().isBlank());
        assertThat(studies).extracting(e -> e.value(FindingCode.SURAL_SNAP,
                Side.LEFT).orElseThrow().code()).containsExactly("12.0", "7.5", "2.5");
        LocalDate third = studies.get(2).recordedAt().atZoneSameInstant(BERLIN).toLocalDate();
        List<Flag> ncs = flags(DemoWard.NEUROPATHY_STORY).stream()
                .filter(f -> f.code() == FlagCode.SNAP_BELOW_NORMAL || f.code() == FlagCode.AMPLITUDE_FELL).toList();
        assertThat(ncs).isNotEmpty().allSatisfy(f -> assertThat(f.date()).isEqualTo(third));
        assertThat(ncs).anySatisfy(f -> assertThat(f.values()).startsWith("Sural SNAP, left").contains("79 % below")
                .contains("different examiners"));
        assertThat(ncs).anySatisfy(f -> assertThat(f.code()).isEqualTo(FlagCode.SNAP_BELOW_NORMAL));
    }

    @Test
    void storyBFiresDistalWeaknessFootDropAndLostAnkleReflexes() {
        assertThat(codes(DemoWard.NEUROPATHY_STORY)).contains(FlagCode.DISTAL_WEAKNESS_WORSENED, FlagCode.NEW_FOOT_DROP,
                FlagCode.ANKLE_REFLEX_LOST);
        assertThat(codes(DemoWard.NEUROPATHY_STORY)).doesNotContain(FlagCode.STRENGTH_ASYMMETRY, FlagCode.MYOCLONUS_NEW);
    }

    private List<Flag> flagsOfThisWeek(PatientId patient) {
        LocalDate today = CLOCK.instant().atZone(BERLIN).toLocalDate();
        return flags(patient).stream().filter(f -> !f.date().isBefore(today.minusDays(6))).toList();
    }

    private ObservationStatus statusNow(PatientId id) {
        Patient patient = ward.patients().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        LocalDate today = CLOCK.instant().atZone(BERLIN).toLocalDate();
        return ObservationStatus.ofRecent(patient, ward.examsOf(id), ward.ordersOf(id), MmeTable.standard(), BERLIN, today,
                ObservationSchedule.standard(), CLOCK.instant());
    }

    @Test
    void onTheDayItIsMadeTheWardListShowsWhatAWardRoundMeets() {
        assertThat(flagsOfThisWeek(DemoWard.NEUROPATHY_STORY)).as("a new flag this week: the wrist extensors weakening")
                .extracting(Flag::code).contains(FlagCode.DISTAL_WEAKNESS_WORSENED);
        assertThat(flagsOfThisWeek(DemoWard.RISING_MYOCLONUS_STORY)).extracting(Flag::code)
                .contains(FlagCode.MYOCLONUS_NEW, FlagCode.MYOCLONUS_RISING_WITH_MME);
        assertThat(statusNow(DemoWard.RISING_MYOCLONUS_STORY).direction()).isEqualTo(RateDirection.UP);
        assertThat(statusNow(DemoWard.RISING_MYOCLONUS_STORY).warnings()).as("allodynia today: an OIN sign").isNotEmpty();
        ObservationStatus overdue = statusNow(DemoWard.OBSERVATION_OVERDUE);
        assertThat(overdue.due()).isTrue();
        assertThat(overdue.overdueBy()).isPositive();
        ObservationStatus stable = statusNow(DemoWard.STABLE_STORY);
        assertThat(stable.due()).isFalse();
        assertThat(stable.warnings()).isEmpty();
        assertThat(flagsOfThisWeek(DemoWard.STABLE_STORY)).isEmpty();
    }

    @Test
    void onlyTheStoriesOfThisWeekHaveFlagsThisWeek() {
        // The post-operative PCA patient's MME passes 50 (high_daily_mme, outpatient guidance) on his first days.
        for (Patient p : ward.patients()) {
            if (!Set.of(DemoWard.NEUROPATHY_STORY, DemoWard.RISING_MYOCLONUS_STORY, DemoWard.PCA_STORY).contains(p.id())) {
                assertThat(flagsOfThisWeek(p.id())).as(p.id().value()).isEmpty();
            }
        }
    }

    private BigDecimal mmeDaysAgo(PatientId patient, int days) {
        LocalDate day = CLOCK.instant().atZone(BERLIN).toLocalDate().minusDays(days);
        return new DailyMme(MmeTable.standard(), BERLIN).forDay(ward.ordersOf(patient), ward.administrationsOf(patient), day).mme();
    }

    @Test
    void theSyringeDriverPatientsMmeCountsHerBreakthroughDosesAsGiven() {
        // Driver 1 mg/h sc: 24 mg x 3 = 72; PRN 2.5 mg sc = 7.5 each: two days ago five given (109.5), nine days ago one (79.5).
        assertThat(mmeDaysAgo(DemoWard.RISING_MYOCLONUS_STORY, 2)).isEqualByComparingTo("109.5");
        assertThat(mmeDaysAgo(DemoWard.RISING_MYOCLONUS_STORY, 9)).isEqualByComparingTo("79.5");
        // Three days ago: four given and one held (asleep): 72 + 30 = 102.
        assertThat(mmeDaysAgo(DemoWard.RISING_MYOCLONUS_STORY, 3)).isEqualByComparingTo("102");
    }

    @Test
    void thePcaPatientsMmeCountsWhatThePumpDelivered() {
        // The PCA started 4 days ago at 14:00: 7 and 8 mg read at 18:00 and 22:00 that day, and half of the 6 mg read
        // at 02:00 (22:00 to midnight) falls before midnight: 18 mg x 3 (morphine iv) = 54.
        assertThat(mmeDaysAgo(DemoWard.PCA_STORY, 4)).isEqualByComparingTo("54");
        assertThat(ward.administrationsOf(DemoWard.PCA_STORY)).allSatisfy(a -> assertThat(a.isPcaReading()).isTrue());
    }

    @Test
    void storyFTwoFirstLineTrialsThenTramadolWithSertralineWithoutBenefitAndATaperDecidedAtAReviewOnTime() {
        LocalDate today = CLOCK.instant().atZone(BERLIN).toLocalDate();
        List<Flag> flags = flags(DemoWard.PAINFUL_NEUROPATHY_STORY);
        assertThat(flags).extracting(Flag::code).containsExactlyInAnyOrder(FlagCode.SEROTONERGIC_COMBINATION, FlagCode.NO_FUNCTIONAL_BENEFIT);
        assertThat(flags).filteredOn(f -> f.code() == FlagCode.SEROTONERGIC_COMBINATION).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo(today.minusDays(80)));
        assertThat(flags).filteredOn(f -> f.code() == FlagCode.NO_FUNCTIONAL_BENEFIT).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(today.minusDays(52));
            assertThat(f.values()).contains("PEG 7.3", "against 7.7", "before tramadol started on " + today.minusDays(80));
        });
        assertThat(ward.ordersOf(DemoWard.PAINFUL_NEUROPATHY_STORY)).filteredOn(o -> o.outcome() != null)
                .extracting(o -> o.drug() + " " + o.outcome().code())
                .containsExactlyInAnyOrder("gabapentin ineffective", "duloxetine not_tolerated");
        assertThat(ward.examsOf(DemoWard.PAINFUL_NEUROPATHY_STORY)).filteredOn(Exam::isOpioidReview)
                .singleElement().satisfies(e -> {
                    assertThat(e.value(FindingCode.REVIEW_DECISION))
                            .contains(ReviewDecision.REDUCE);
                    assertThat(e.recordedAt().atZoneSameInstant(BERLIN).toLocalDate()).as("on the due day").isEqualTo(today.minusDays(52));
                });
    }

    @Test
    void theRisingMyoclonusPatientsClonazepamRaisesOpioidBenzodiazepineToday() {
        LocalDate today = CLOCK.instant().atZone(BERLIN).toLocalDate();
        assertThat(flagsOfThisWeek(DemoWard.RISING_MYOCLONUS_STORY)).filteredOn(f -> f.code() == FlagCode.OPIOID_BENZODIAZEPINE)
                .singleElement().satisfies(f -> {
                    assertThat(f.date()).isEqualTo(today);
                    assertThat(f.values()).contains("clonazepam");
                });
    }

    @Test
    void storyCStaysStableWithoutFlags() {
        assertThat(flags(DemoWard.STABLE_STORY)).isEmpty();
    }

    /** Made just after midnight, the demo still keeps every PRN order within its most doses a day (its "today" dose stays today). */
    @Test
    void justAfterMidnightNoPrnOrderGoesBeyondItsMostDosesADay() {
        Clock afterMidnight = Clock.fixed(Instant.parse("2026-06-14T22:20:00Z"), BERLIN); // 00:20 in Berlin
        DemoWard early = DemoWard.generate(afterMidnight);
        for (MedicationOrder order : early.orders()) {
            if (order.kind() != OrderKind.PRN) {
                continue;
            }
            Map<LocalDate, Long> perDay = early.administrations().stream()
                    .filter(a -> a.orderId().equals(order.id()) && a.status() == AdministrationStatus.GIVEN
                            && a.note().isEmpty())
                    .collect(Collectors.groupingBy(a -> a.givenAt().atZoneSameInstant(BERLIN).toLocalDate(),
                            Collectors.counting()));
            assertThat(perDay.values()).as("%s", order.summary()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(order.dosesPerDay().longValue()));
        }
    }
}
