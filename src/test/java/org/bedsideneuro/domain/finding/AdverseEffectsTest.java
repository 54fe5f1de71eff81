package org.bedsideneuro.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bedsideneuro.domain.exam.ExamKind;
import org.junit.jupiter.api.Test;

class AdverseEffectsTest {
    @Test
    void aSubsetIsCodedInAFixedOrderWhateverOrderItWasTyped() {
        FindingValue v = FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("falls;sedation");
        assertThat(v.code()).isEqualTo("sedation;falls");
        assertThat(v.label()).isEqualTo("Sedation, Falls");
        assertThat(v).isEqualTo(AdverseEffects.of(AdverseEffect.FALLS, AdverseEffect.SEDATION));
    }

    @Test
    void noneStandsAloneAndNothingIsNotAValue() {
        assertThat(FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("none")).isEqualTo(AdverseEffects.of(AdverseEffect.NONE));
        assertThatThrownBy(() -> FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("none;nausea")).hasMessageContaining("'none' cannot");
        assertThatThrownBy(() -> FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("")).hasMessageContaining("no adverse effect");
        assertThatThrownBy(() -> FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("nausea;nausea")).hasMessageContaining("named twice");
        assertThatThrownBy(() -> FindingCode.REVIEW_ADVERSE_EFFECTS.parseValue("itch")).hasMessageContaining("not an adverse effect");
    }

    @Test
    void aRecordWithADecisionIsAnOpioidReviewAndAnExamNotAnObservation() {
        List<Finding> review = List.of(
                Finding.unsided(FindingCode.REVIEW_DECISION, ReviewDecision.REDUCE),
                Finding.unsided(FindingCode.PEG_PAIN, FindingCode.PEG_PAIN.parseValue("7")));
        assertThat(ExamKind.of(review)).isEqualTo(ExamKind.EXAM);
        List<Finding> pegOnly = List.of(Finding.unsided(FindingCode.PEG_PAIN, FindingCode.PEG_PAIN.parseValue("7")),
                Finding.unsided(FindingCode.NRS_REST, FindingCode.NRS_REST.parseValue("3")));
        assertThat(ExamKind.of(pegOnly)).isEqualTo(ExamKind.OBSERVATION);
    }
}
