package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final FindingKey TA_LEFT = FindingKey.of(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT);
    private final Clinician neurologist = Clinician.create("Dr Ada Testwell", Role.NEUROLOGIST);
    private final PatientId mrn = new PatientId("SYN-1");

    private Exam exam(String day, MrcGrade leftTa) {
        return Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-" + day + "T09:00:00Z"), neurologist,
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, leftTa)), "");
    }

    @Test
    void baselineIsTheFirstRecordedValueAndLastTheMostRecentWhateverTheOrderGiven() {
        Comparison c = Comparison.of(List.of(exam("12", MrcGrade.FOUR), exam("10", MrcGrade.FIVE), exam("11", MrcGrade.FOUR_PLUS)));
        assertThat(c.baseline(TA_LEFT)).contains(MrcGrade.FIVE);
        assertThat(c.last(TA_LEFT)).contains(MrcGrade.FOUR);
        assertThat(c.baseline(FindingKey.of(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT))).isEmpty();
    }

    @Test
    void anExamMarkedBaselineWinsOverTheFirstValue() {
        Exam first = exam("10", MrcGrade.THREE);
        Exam marked = exam("11", MrcGrade.FIVE);
        marked = new Exam(marked.id(), marked.patientId(), marked.kind(), marked.recordedAt(), marked.recordedBy(),
                marked.findings(), "", true, null);
        Comparison c = Comparison.of(List.of(first, marked, exam("12", MrcGrade.FOUR)));
        assertThat(c.baseline(TA_LEFT)).contains(MrcGrade.FIVE);
        assertThat(c.worseThanBaseline(TA_LEFT, MrcGrade.FOUR_PLUS)).isTrue();
        assertThat(c.worseThanLast(TA_LEFT, MrcGrade.FOUR_MINUS)).as("4 to 4- is not a full grade").isFalse();
    }

    @Test
    void mrcWorsensOnlyByAFullGrade() {
        assertThat(Comparison.worsened(MrcGrade.FIVE, MrcGrade.FOUR_PLUS)).isTrue();
        assertThat(Comparison.worsened(MrcGrade.FOUR, MrcGrade.FOUR_MINUS)).isFalse();
        assertThat(Comparison.worsened(MrcGrade.FOUR_MINUS, MrcGrade.FIVE)).isFalse();
    }

    @Test
    void reflexFootDropAndPlantarWorsening() {
        assertThat(Comparison.worsened(ReflexGrade.LOW_NORMAL, ReflexGrade.REDUCED)).isTrue();
        assertThat(Comparison.worsened(ReflexGrade.REDUCED, ReflexGrade.LOW_NORMAL)).isFalse();
        assertThat(Comparison.worsened(FootDrop.NONE, FootDrop.PARTIAL)).isTrue();
        assertThat(Comparison.worsened(FootDrop.PARTIAL, FootDrop.COMPLETE)).isTrue();
        assertThat(Comparison.worsened(FootDrop.PARTIAL, FootDrop.NONE)).isFalse();
        assertThat(Comparison.worsened(PlantarResponse.FLEXOR, PlantarResponse.EXTENSOR)).isTrue();
        assertThat(Comparison.worsened(PlantarResponse.EXTENSOR, PlantarResponse.EXTENSOR)).isFalse();
        assertThat(Comparison.worsened(YesNo.NO, YesNo.YES)).as("other scales are not marked").isFalse();
    }

    @Test
    void asymmetryIsTwoFullGradesOrMore() {
        assertThat(Comparison.asymmetric(MrcGrade.FIVE, MrcGrade.THREE)).isTrue();
        assertThat(Comparison.asymmetric(MrcGrade.FOUR_MINUS, MrcGrade.FIVE)).as("4- counts as 4").isFalse();
        assertThat(Comparison.asymmetric(MrcGrade.TWO, MrcGrade.FOUR_PLUS)).isTrue();
    }

    @Test
    void copyFromLastTakesTheLastBedsideExamNotAnObservation() {
        Exam bedside = exam("10", MrcGrade.FIVE);
        Exam observation = Exam.record(mrn, ExamKind.OBSERVATION, OffsetDateTime.parse("2026-02-11T09:00:00Z"), neurologist,
                List.of(Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.NO)), "");
        assertThat(Comparison.of(List.of(bedside, observation)).lastExam()).contains(bedside);
        assertThat(Comparison.none().lastExam()).isEmpty();
    }
}
