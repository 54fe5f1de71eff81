package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Amplitude;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class QuickObservationTest {
    @Test
    void noMyoclonusSeenIsCountZeroDistributionNoneOverFiveMinutesKeepingTheOinItems() {
        Exam exam = QuickObservation.noMyoclonusSeen(new PatientId("SYN-1"), OffsetDateTime.parse("2026-03-01T10:00:00Z"),
                Clinician.create("Nurse Test", Role.NURSE), QuickObservation.DEFAULT_WINDOW_MINUTES,
                List.of(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.AWAKE), Finding.unsided(FindingCode.AMPLITUDE, Amplitude.MILD)), "");
        assertThat(exam.kind()).isEqualTo(ExamKind.OBSERVATION);
        assertThat(exam.value(FindingCode.DISTRIBUTION)).contains(MyoclonusDistribution.NONE);
        assertThat(exam.value(FindingCode.WINDOW_MINUTES).orElseThrow().code()).isEqualTo("5");
        assertThat(JerkRate.of(exam)).contains(new BigDecimal("0.0"));
        assertThat(exam.value(FindingCode.SEDATION_POSS)).contains(PossLevel.AWAKE);
        assertThat(exam.value(FindingCode.AMPLITUDE)).as("describes jerks that were not seen").isEmpty();
    }
}
