package org.bedsideneuro.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {
    @Test
    void aSidedFindingNeedsASide() {
        assertThatThrownBy(() -> new Finding(FindingCode.ACHILLES_REFLEX, null, ReflexGrade.ABSENT))
                .isInstanceOf(InvalidFindingException.class).hasMessageContaining("reflex.achilles").hasMessageContaining("side");
    }

    @Test
    void anUnsidedFindingRefusesASide() {
        assertThatThrownBy(() -> new Finding(FindingCode.GAIT_PATTERN, Side.LEFT, GaitPattern.STEPPAGE))
                .isInstanceOf(InvalidFindingException.class).hasMessageContaining("gait.pattern").hasMessageContaining("has no side");
    }

    @Test
    void aValueFromAnotherScaleIsRefused() {
        assertThatThrownBy(() -> new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, ReflexGrade.ENHANCED))
                .isInstanceOf(InvalidFindingException.class).hasMessageContaining("0, 1, 2, 3, 4-, 4, 4+, 5");
    }

    @Test
    void parsesExchangeFormatText() {
        Finding f = Finding.parse(FindingCode.ANKLE_EVERSION, "R", "4-", " weak ");
        assertThat(f.side()).isEqualTo(Side.RIGHT);
        assertThat(f.value()).isEqualTo(MrcGrade.FOUR_MINUS);
        assertThat(f.note()).isEqualTo("weak");
        assertThat(f.key().columnName()).isEqualTo("strength.ankle_eversion.R");
    }

    @Test
    void aBadSideCodeIsNamed() {
        assertThatThrownBy(() -> Finding.parse(FindingCode.ANKLE_EVERSION, "X", "4", ""))
                .hasMessageContaining("side 'X'").hasMessageContaining("L, R");
    }
}
