package org.bedsideneuro.domain.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.InvalidFindingException;
import org.junit.jupiter.api.Test;

class PegScoreTest {
    static List<Finding> peg(Integer pain, Integer enjoyment, Integer activity) {
        List<Finding> findings = new ArrayList<>();
        if (pain != null) {
            findings.add(Finding.unsided(FindingCode.PEG_PAIN, FindingCode.PEG_PAIN.parseValue(pain.toString())));
        }
        if (enjoyment != null) {
            findings.add(Finding.unsided(FindingCode.PEG_ENJOYMENT, FindingCode.PEG_ENJOYMENT.parseValue(enjoyment.toString())));
        }
        if (activity != null) {
            findings.add(Finding.unsided(FindingCode.PEG_ACTIVITY, FindingCode.PEG_ACTIVITY.parseValue(activity.toString())));
        }
        return findings;
    }

    @Test
    void theScoreIsTheMeanOfTheThreeItems() {
        PegScore score = PegScore.of(peg(7, 6, 6));
        assertThat(score.computable()).isTrue();
        assertThat(score.sum()).hasValue(19);
        assertThat(score.mean()).contains(new BigDecimal("6.33"));
        assertThat(score.display()).isEqualTo("PEG 6.3 (0-10)");
    }

    @Test
    void twoItemsOfThreeAreNotComputableNeverAPartialMean() {
        PegScore score = PegScore.of(peg(8, null, 4));
        assertThat(score.computable()).isFalse();
        assertThat(score.mean()).isEmpty();
        assertThat(score.missing()).containsExactly(FindingCode.PEG_ENJOYMENT);
        assertThat(score.display()).startsWith("PEG not computable (missing: PEG: interference with enjoyment");
    }

    @Test
    void theNrsIsNotAPegItem() {
        List<Finding> findings = new ArrayList<>(peg(5, 5, null));
        findings.add(Finding.unsided(FindingCode.NRS_REST, FindingCode.NRS_REST.parseValue("5")));
        assertThat(PegScore.of(findings).computable()).isFalse();
    }

    @Test
    void itemsAreWholeNumbersFromZeroToTen() {
        assertThat(PegScore.of(peg(0, 0, 0)).display()).isEqualTo("PEG 0.0 (0-10)");
        assertThat(PegScore.of(peg(10, 10, 10)).display()).isEqualTo("PEG 10.0 (0-10)");
        assertThatThrownBy(() -> FindingCode.PEG_PAIN.parseValue("11")).isInstanceOf(InvalidFindingException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> FindingCode.NRS_MOVEMENT.parseValue("6.5")).isInstanceOf(InvalidFindingException.class);
        assertThatThrownBy(() -> FindingCode.PEG_ACTIVITY.parseValue("-1")).isInstanceOf(InvalidFindingException.class);
    }

    @Test
    void exactlyOnePointBetterIsTheMinimallyImportantDifferenceAndLessIsNot() {
        PegScore before = PegScore.of(peg(7, 7, 7));       // 7.0
        assertThat(PegScore.of(peg(6, 6, 6)).improvedByAtLeastMidFrom(before)).isTrue();   // 6.0: exactly 1 point
        assertThat(PegScore.of(peg(6, 6, 7)).improvedByAtLeastMidFrom(before)).isFalse();  // 6.33: 0.67 points
        assertThat(PegScore.of(peg(8, 8, 8)).improvedByAtLeastMidFrom(before)).isFalse();  // worse
        assertThat(PegScore.of(peg(2, 2, 2)).improvedByAtLeastMidFrom(before)).isTrue();
    }

    @Test
    void comparingWithAnIncompletePegIsRefused() {
        assertThatThrownBy(() -> PegScore.of(peg(5, 5, 5)).improvedByAtLeastMidFrom(PegScore.of(peg(5, null, 5))))
                .isInstanceOf(IllegalStateException.class);
    }
}
