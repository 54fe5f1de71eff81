package org.bedsideneuro.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.junit.jupiter.api.Test;

class MrcSumScoreTest {

    private static List<Finding> allMuscles(MrcGrade grade) {
        List<Finding> findings = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (code.section() == Section.STRENGTH) {
                for (Side side : Side.values()) {
                    findings.add(new Finding(code, side, grade));
                }
            }
        }
        return findings;
    }

    @Test
    void fullStrengthEverywhereScoresSixty() {
        assertThat(MrcSumScore.of(allMuscles(MrcGrade.FIVE)).value()).hasValue(60);
    }

    @Test
    void fourMinusFourAndFourPlusAllCountAsFour() {
        for (MrcGrade four : List.of(MrcGrade.FOUR_MINUS, MrcGrade.FOUR, MrcGrade.FOUR_PLUS)) {
            assertThat(MrcSumScore.of(allMuscles(four)).value()).hasValue(48);
        }
    }

    @Test
    void onlyTheTwelveKleywegItemsCount() {
        List<Finding> findings = allMuscles(MrcGrade.FIVE);
        findings.replaceAll(f -> f.code().isMrcSumItem() ? f : new Finding(f.code(), f.side(), MrcGrade.ZERO));
        assertThat(MrcSumScore.of(findings).value()).hasValue(60);
        assertThat(MrcSumScore.DEFINITION.items()).hasSize(12);
    }

    @Test
    void weakLeftAnkleDorsiflexionLowersTheSum() {
        List<Finding> findings = allMuscles(MrcGrade.FIVE);
        findings.replaceAll(f -> f.key().equals(FindingKey.of(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT))
                ? new Finding(f.code(), f.side(), MrcGrade.TWO) : f);
        assertThat(MrcSumScore.of(findings).value()).hasValue(57);
    }

    @Test
    void anExamWithoutHipFlexionIsNotComputableAndSaysWhatIsMissing() {
        List<Finding> findings = allMuscles(MrcGrade.FIVE);
        findings.removeIf(f -> f.code() == FindingCode.HIP_FLEXION && f.side() == Side.RIGHT);
        ScoreResult result = MrcSumScore.of(findings);
        assertThat(result.computable()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.missing()).containsExactly(FindingKey.of(FindingCode.HIP_FLEXION, Side.RIGHT));
        assertThat(result.display()).contains("not computable").contains("Hip flexion, right");
    }

    @Test
    void isLabelledAsValidatedZeroToSixty() {
        assertThat(MrcSumScore.DEFINITION.validated()).isTrue();
        assertThat(MrcSumScore.DEFINITION.min()).isZero();
        assertThat(MrcSumScore.DEFINITION.max()).isEqualTo(60);
        assertThat(MrcSumScore.DEFINITION.label()).doesNotContain("not a validated");
    }
}
