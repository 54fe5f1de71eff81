package org.bedsideneuro.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.junit.jupiter.api.Test;

class DistalMotorScoreTest {

    private static List<Finding> distal(MrcGrade grade) {
        List<Finding> findings = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            if (code.isDistalMuscle()) {
                for (Side side : Side.values()) {
                    findings.add(new Finding(code, side, grade));
                }
            }
        }
        return findings;
    }

    @Test
    void fourteenDistalItemsScoreZeroToSeventy() {
        assertThat(DistalMotorScore.DEFINITION.items()).hasSize(14);
        assertThat(DistalMotorScore.of(distal(MrcGrade.FIVE)).value()).hasValue(70);
        assertThat(DistalMotorScore.of(distal(MrcGrade.ZERO)).value()).hasValue(0);
        assertThat(DistalMotorScore.of(distal(MrcGrade.THREE)).value()).hasValue(42);
    }

    @Test
    void footDropPatientScoresLowerOnBothDorsiflexorsAndPeroneals() {
        List<Finding> findings = distal(MrcGrade.FIVE);
        findings.replaceAll(f -> f.code() == FindingCode.ANKLE_DORSIFLEXION || f.code() == FindingCode.ANKLE_EVERSION
                ? new Finding(f.code(), f.side(), MrcGrade.FOUR_PLUS) : f);
        assertThat(DistalMotorScore.of(findings).value()).hasValue(70 - 4);
    }

    @Test
    void proximalMusclesAloneAreNotEnough() {
        List<Finding> proximal = List.of(new Finding(FindingCode.HIP_FLEXION, Side.LEFT, MrcGrade.FIVE));
        ScoreResult result = DistalMotorScore.of(proximal);
        assertThat(result.computable()).isFalse();
        assertThat(result.missing()).hasSize(14);
    }

    @Test
    void isLabelledBedsideNeurosOwnNotValidated() {
        assertThat(DistalMotorScore.DEFINITION.validated()).isFalse();
        assertThat(DistalMotorScore.DEFINITION.label()).contains("BedsideNeuro's own, not a validated scale");
        assertThat(DistalMotorScore.of(distal(MrcGrade.FIVE)).display()).contains("not a validated scale").endsWith(": 70");
    }
}
