package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class ObservationScheduleTest {
    private static final Instant LAST = Instant.parse("2026-03-01T06:00:00Z");
    private static final Clinician NURSE = Clinician.create("Nurse Test", Role.NURSE);
    private static final PatientId PATIENT = new PatientId("SYN-1");

    @Test
    void byDefaultAnObservationIsDueFourHoursAfterTheLast() {
        ObservationSchedule schedule = ObservationSchedule.standard();
        assertThat(schedule.interval()).isEqualTo(Duration.ofHours(4));
        assertThat(schedule.isDue(LAST, Instant.parse("2026-03-01T09:59:00Z"))).isFalse();
        assertThat(schedule.isDue(LAST, Instant.parse("2026-03-01T10:00:00Z"))).as("due at the moment itself").isTrue();
        assertThat(schedule.overdueBy(LAST, Instant.parse("2026-03-01T11:30:00Z"))).contains(Duration.ofMinutes(90));
        assertThat(schedule.overdueBy(LAST, Instant.parse("2026-03-01T09:00:00Z"))).isEmpty();
    }

    @Test
    void aPatientSetToHourlyIsDueSooner() {
        ObservationSchedule hourly = ObservationSchedule.everyMinutes(60);
        assertThat(hourly.isDue(LAST, Instant.parse("2026-03-01T07:00:00Z"))).isTrue();
        assertThat(hourly.dueAt(LAST)).isEqualTo(Instant.parse("2026-03-01T07:00:00Z"));
    }

    @Test
    void aPatientNeverObservedIsDue() {
        assertThat(ObservationSchedule.standard().isDue(null, LAST)).isTrue();
        assertThat(ObservationSchedule.standard().overdueBy(null, LAST)).isEmpty();
    }

    @Test
    void intervalsOutsideAQuarterHourToADayAreRefused() {
        assertThatThrownBy(() -> ObservationSchedule.everyMinutes(5)).hasMessageContaining("between 15 minutes and 24 hours");
        assertThatThrownBy(() -> ObservationSchedule.everyMinutes(25 * 60)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExamOfReflexesAloneIsNotAnObservationButOneRecordingPossIs() {
        Exam reflexes = Exam.record(PATIENT, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T08:00:00Z"), NURSE,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), "");
        Exam poss = Exam.record(PATIENT, ExamKind.OBSERVATION, OffsetDateTime.parse("2026-03-01T07:00:00Z"), NURSE,
                List.of(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.AWAKE)), "");
        assertThat(ObservationSchedule.isObservation(reflexes)).isFalse();
        assertThat(ObservationSchedule.latest(List.of(poss, reflexes))).contains(poss);
    }
}
