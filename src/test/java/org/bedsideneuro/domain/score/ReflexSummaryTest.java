package org.bedsideneuro.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.junit.jupiter.api.Test;

class ReflexSummaryTest {

    @Test
    void lostAnklesWithPreservedKneesAreCounted() {
        ReflexSummary summary = ReflexSummary.of(List.of(
                new Finding(FindingCode.ACHILLES_REFLEX, Side.LEFT, ReflexGrade.ABSENT),
                new Finding(FindingCode.ACHILLES_REFLEX, Side.RIGHT, ReflexGrade.ABSENT),
                new Finding(FindingCode.PATELLAR_REFLEX, Side.LEFT, ReflexGrade.LOW_NORMAL),
                new Finding(FindingCode.PATELLAR_REFLEX, Side.RIGHT, ReflexGrade.REDUCED),
                Finding.unsided(FindingCode.REFLEX_REINFORCEMENT, YesNo.YES)));
        assertThat(summary.absentCount()).isEqualTo(2);
        assertThat(summary.recorded()).hasSize(4);
        assertThat(summary.bothAnkleReflexesAbsent()).isTrue();
        assertThat(summary.absentWithoutRecordedReinforcement()).isFalse();
    }

    @Test
    void oneAnkleAbsentIsNotBothAbsent() {
        ReflexSummary summary = ReflexSummary.of(List.of(
                new Finding(FindingCode.ACHILLES_REFLEX, Side.LEFT, ReflexGrade.ABSENT),
                new Finding(FindingCode.ACHILLES_REFLEX, Side.RIGHT, ReflexGrade.REDUCED)));
        assertThat(summary.absentCount()).isEqualTo(1);
        assertThat(summary.bothAnkleReflexesRecorded()).isTrue();
        assertThat(summary.bothAnkleReflexesAbsent()).isFalse();
        assertThat(summary.absentWithoutRecordedReinforcement()).isTrue();
    }

    @Test
    void unexaminedAnklesAreNotCalledAbsent() {
        ReflexSummary summary = ReflexSummary.of(List.of(
                new Finding(FindingCode.ACHILLES_REFLEX, Side.LEFT, ReflexGrade.ABSENT)));
        assertThat(summary.bothAnkleReflexesRecorded()).isFalse();
        assertThat(summary.bothAnkleReflexesAbsent()).isFalse();
    }
}
