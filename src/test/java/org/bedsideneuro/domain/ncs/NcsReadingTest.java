package org.bedsideneuro.domain.ncs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class NcsReadingTest {
    private static final Clinician EXAMINER = Clinician.create("Dr Test Lab", Role.NEUROLOGIST);

    static Exam study(String lab, Clinician by, String sural, String suralLln) {
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding(FindingCode.SURAL_SNAP, Side.LEFT, FindingCode.SURAL_SNAP.parseValue(sural)));
        if (suralLln != null) {
            findings.add(new Finding(FindingCode.SURAL_SNAP_LLN, Side.LEFT, FindingCode.SURAL_SNAP_LLN.parseValue(suralLln)));
        }
        return Exam.record(new PatientId("TEST-1"), ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), by, findings, lab);
    }

    private static NcsReading sural(Exam e) {
        return NcsReading.of(e, FindingCode.SURAL_SNAP, Side.LEFT).orElseThrow();
    }

    @Test
    void aValueAtItsLowerLimitIsNormalAndBelowItIsBelow() {
        assertThat(sural(study("Lab A", EXAMINER, "4", "4")).standing()).isEqualTo(NcsReading.Standing.NORMAL);
        assertThat(sural(study("Lab A", EXAMINER, "3.9", "4")).standing()).isEqualTo(NcsReading.Standing.BELOW);
    }

    @Test
    void amplitudeAsPercentOfItsLowerLimitRoundedToAWholePercent() {
        // 2.1 / 4 = 52.5 % -> 53 %; 8 / 4 = 200 %
        assertThat(sural(study("", EXAMINER, "2.1", "4")).percentOfLowerLimit()).contains(new BigDecimal("53"));
        assertThat(sural(study("", EXAMINER, "8", "4")).percentOfLowerLimit()).contains(new BigDecimal("200"));
        assertThat(sural(study("", EXAMINER, "2.1", "4")).text()).isEqualTo("2.1 µV (lower limit 4 µV, 53 %, below)");
    }

    @Test
    void absentIsBelowAnyPositiveLowerLimitAndZeroPercent() {
        NcsReading absent = sural(study("", EXAMINER, "absent", "3"));
        assertThat(absent.value()).isSameAs(NoResponse.ABSENT);
        assertThat(absent.standing()).isEqualTo(NcsReading.Standing.BELOW);
        assertThat(absent.percentOfLowerLimit()).contains(BigDecimal.ZERO);
        assertThat(absent.text()).isEqualTo("absent (lower limit 3 µV, below)");
    }

    @Test
    void aLowerLimitOfZeroMakesAbsentNormalAndHasNoPercentage() {
        NcsReading absent = sural(study("", EXAMINER, "absent", "0"));
        assertThat(absent.standing()).isEqualTo(NcsReading.Standing.NORMAL);
        assertThat(absent.percentOfLowerLimit()).isEmpty();
    }

    @Test
    void aValueWithoutItsLowerLimitIsShownAsSuchAndNeverCompared() {
        NcsReading reading = sural(study("", EXAMINER, "2", null));
        assertThat(reading.standing()).isEqualTo(NcsReading.Standing.NO_LOWER_LIMIT);
        assertThat(reading.percentOfLowerLimit()).isEmpty();
        assertThat(reading.text()).isEqualTo("2 µV (lower limit not recorded)");
    }

    @Test
    void aFallIsMeasuredFromTheFirstValueAndAbsentIsAHundredPercent() {
        assertThat(AmplitudeFall.percent(NumericValue.of("10"), NumericValue.of("5.1")).orElseThrow())
                .isEqualByComparingTo("49");
        assertThat(AmplitudeFall.fell(NumericValue.of("10"), NumericValue.of("5.1"))).isFalse();
        assertThat(AmplitudeFall.fell(NumericValue.of("10"), NumericValue.of("5.0"))).isTrue();
        assertThat(AmplitudeFall.percent(NumericValue.of("8"), NoResponse.ABSENT)).contains(new BigDecimal("100"));
        assertThat(AmplitudeFall.percent(NoResponse.ABSENT, NumericValue.of("3"))).isEmpty();
        assertThat(AmplitudeFall.percent(NumericValue.of("0"), NumericValue.of("3"))).isEmpty();
        // 49.99 % is shown as 49 %, never as a 50 % that did not fire
        assertThat(AmplitudeFall.text(new BigDecimal("49.99"))).isEqualTo("49 %");
    }

    @Test
    void studiesFromDifferentLaboratoriesOrExaminersAreNoted() {
        Clinician other = Clinician.create("Dr Other Lab", Role.NEUROLOGIST);
        assertThat(NerveStudy.comparabilityNote(study("Lab A", EXAMINER, "8", "4"), study("lab a", EXAMINER, "7", "4"))).isEmpty();
        assertThat(NerveStudy.comparabilityNote(study("Lab A", EXAMINER, "8", "4"), study("Lab B", other, "7", "4")))
                .contains("different laboratories (Lab A; Lab B)").contains("different examiners (Dr Test Lab; Dr Other Lab)");
        assertThat(NerveStudy.isStudy(study("Lab A", EXAMINER, "8", "4"))).isTrue();
    }

    @Test
    void aStudyDatedInTheFutureIsRefusedWithItsTime() {
        Exam study = study("Lab A", EXAMINER, "8", "4");
        Assertions.assertThatThrownBy(() -> study.requireNotInFuture(Instant.parse("2026-02-28T00:00:00Z")))
                .hasMessageContaining("is in the future");
        assertThat(study.requireNotInFuture(Instant.parse("2026-03-02T00:00:00Z"))).isSameAs(study);
    }

    @Test
    void copyFromLastExamNeverStartsFromAStudy() {
        Exam bedside = Exam.record(new PatientId("TEST-1"), ExamKind.EXAM, OffsetDateTime.parse("2026-02-01T09:00:00Z"), EXAMINER,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), "");
        Exam study = study("Lab A", EXAMINER, "8", "4");
        assertThat(Comparison.of(List.of(bedside, study)).lastExam()).contains(bedside);
        assertThat(bedside.isNerveConductionStudy()).isFalse();
    }
}
