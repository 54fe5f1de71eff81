package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class JerkRateTest {
    private static final Clinician NURSE = Clinician.create("Nurse Test", Role.NURSE);

    private static Exam observation(Finding... findings) {
        return Exam.record(new PatientId("TEST-1"), ExamKind.OBSERVATION, OffsetDateTime.parse("2026-01-01T08:00:00Z"), NURSE,
                List.of(findings), "");
    }

    @Test
    void twelveJerksInTenMinutesIsSeventyTwoAnHour() {
        Exam exam = observation(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(12)),
                Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(10)));
        assertThat(JerkRate.of(exam)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("72"));
    }

    @Test
    void sevenJerksInFortyFiveMinutesRoundsToOneDecimal() {
        assertThat(JerkRate.perHour(BigDecimal.valueOf(7), BigDecimal.valueOf(45))).isEqualByComparingTo("9.3");
    }

    @Test
    void withoutAWindowThereIsNoRate() {
        assertThat(JerkRate.of(observation(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(12)),
                Finding.unsided(FindingCode.DISTRIBUTION, MyoclonusDistribution.FOCAL)))).isEmpty();
    }

    @Test
    void aZeroWindowIsRefused() {
        assertThatThrownBy(() -> JerkRate.perHour(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
