package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class ExamTest {
    private final Clinician neurologist = Clinician.create("Dr Ada Testwell", Role.NEUROLOGIST);
    private final PatientId mrn = new PatientId("SYN-1");
    private final OffsetDateTime morning = OffsetDateTime.parse("2026-02-20T09:15:00+01:00");

    @Test
    void theSameFindingTwiceInOneExamIsRefused() {
        assertThatThrownBy(() -> Exam.record(mrn, ExamKind.EXAM, morning, neurologist, List.of(
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE)), ""))
                .hasMessageContaining("recorded twice");
    }

    @Test
    void anExamWithoutFindingsIsRefused() {
        assertThatThrownBy(() -> Exam.record(mrn, ExamKind.EXAM, morning, neurologist, List.of(), ""))
                .hasMessageContaining("at least one finding");
    }

    @Test
    void anAmendmentIsANewVersionThatNamesTheOldOneAndNeedsAReason() {
        Exam original = Exam.record(mrn, ExamKind.EXAM, morning, neurologist,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
        Exam amended = original.amend(List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.THREE)), "",
                neurologist, Instant.parse("2026-02-20T10:00:00Z"), "graded on the wrong side");
        assertThat(amended.id()).isNotEqualTo(original.id());
        assertThat(amended.amendment().supersedes()).isEqualTo(original.id());
        assertThat(amended.recordedAt()).isEqualTo(original.recordedAt());
        assertThatThrownBy(() -> original.amend(original.findings(), "", neurologist, Instant.now(), " "))
                .hasMessageContaining("Reason");
    }

    @Test
    void theKindOfAnImportedGroupFollowsItsFindings() {
        assertThat(ExamKind.of(List.of(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(3)),
                Finding.unsided(FindingCode.DISTRIBUTION, MyoclonusDistribution.FOCAL)))).isEqualTo(ExamKind.OBSERVATION);
        assertThat(ExamKind.of(List.of(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(3)),
                new Finding(FindingCode.ACHILLES_REFLEX, Side.LEFT, ReflexGrade.ABSENT))))
                .isEqualTo(ExamKind.EXAM);
    }

    @Test
    void anExamInTheFutureIsRefused() {
        Exam exam = Exam.record(mrn, ExamKind.EXAM, morning, neurologist,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
        assertThatThrownBy(() -> exam.requireNotInFuture(morning.toInstant().minusSeconds(1))).hasMessageContaining("in the future");
        assertThat(exam.requireNotInFuture(morning.toInstant())).isSameAs(exam);
    }

    @Test
    void findingsAreLookedUpByCodeAndSideKeptInOrderAndCannotBeChanged() {
        Clinician ada = Clinician.create("Dr Ada Testwell", Role.NEUROLOGIST);
        List<Finding> given = List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE),
                new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR),
                Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(3)));
        Exam e = Exam.record(new PatientId("SYN-001"), ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), ada, given, "");
        assertThat(e.findings()).isEqualTo(given).containsExactlyElementsOf(given);
        assertThat(e.value(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT)).contains(MrcGrade.FOUR);
        assertThat(e.value(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT)).contains(MrcGrade.FIVE);
        assertThat(e.value(FindingCode.JERK_COUNT)).contains(NumericValue.of(3));
        assertThat(e.value(FindingCode.ANKLE_DORSIFLEXION)).as("sided finding asked without a side").isEmpty();
        assertThat(e.value(FindingCode.WINDOW_MINUTES)).isEmpty();
        assertThatThrownBy(() -> e.findings().add(Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5))))
                .isInstanceOf(UnsupportedOperationException.class);
        Exam again = new Exam(e.id(), e.patientId(), e.kind(), e.recordedAt(), ada, new ArrayList<>(given), "", false, null);
        assertThat(again).isEqualTo(e).hasSameHashCodeAs(e);
    }
}
