package org.bedsideneuro.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NerveConductionScalesTest {

    @Test
    void anAmplitudeIsADecimalOfZeroOrMoreOrAbsentAValueOfItsOwn() {
        assertThat(FindingCode.SURAL_SNAP.parseValue("4.5")).isEqualTo(NumericValue.of("4.5"));
        assertThat(FindingCode.SURAL_SNAP.parseValue("0")).isEqualTo(NumericValue.of(0));
        assertThat(FindingCode.SURAL_SNAP.parseValue("absent")).isSameAs(NoResponse.ABSENT);
        assertThat(FindingCode.PERONEAL_CMAP.parseValue("absent").code()).isEqualTo("absent");
        assertThat(FindingCode.SURAL_SNAP.parseValue("12.50").code()).isEqualTo("12.50");
    }

    @Test
    void aNegativeAmplitudeIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> FindingCode.SURAL_SNAP.parseValue("-1"))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining("ncs.sural_snap_uv")
                .hasMessageContaining("'-1' is below 0: an amplitude cannot be negative")
                .hasMessageContaining("absent");
    }

    @Test
    void aVelocityOutsideFiveToNinetyIsRefused() {
        assertThat(FindingCode.SURAL_CV.parseValue("5")).isEqualTo(NumericValue.of(5));
        assertThat(FindingCode.TIBIAL_CV.parseValue("90")).isEqualTo(NumericValue.of(90));
        assertThatThrownBy(() -> FindingCode.SURAL_CV.parseValue("4.9"))
                .hasMessageContaining("Sural conduction velocity (m/s)").hasMessageContaining("a decimal number 5 to 90");
        assertThatThrownBy(() -> FindingCode.PERONEAL_CV.parseValue("91")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> FindingCode.PERONEAL_CV.parseValue("absent")).hasMessageContaining("not a number");
    }

    @Test
    void aLowerLimitMayBeZeroButNeverAbsent() {
        assertThat(FindingCode.SURAL_SNAP_LLN.parseValue("0")).isEqualTo(NumericValue.of(0));
        assertThatThrownBy(() -> FindingCode.SURAL_SNAP_LLN.parseValue("absent")).isInstanceOf(InvalidFindingException.class);
        assertThatThrownBy(() -> FindingCode.TIBIAL_CMAP_LLN.parseValue("-0.5")).isInstanceOf(InvalidFindingException.class);
    }

    @Test
    void eachNerveNamesItsFourCodesAndEveryNcsCodeBelongsToOneNerve() {
        assertThat(Nerve.SURAL.amplitude()).isEqualTo(FindingCode.SURAL_SNAP);
        assertThat(Nerve.lowerLimitOf(FindingCode.TIBIAL_CV)).contains(FindingCode.TIBIAL_CV_LLN);
        assertThat(Nerve.lowerLimitOf(FindingCode.EGFR)).isEmpty();
        assertThat(Nerve.isLowerLimit(FindingCode.PERONEAL_CMAP_LLN)).isTrue();
        long ncsCodes = FindingCode.inSection(Section.NCS).size();
        assertThat(ncsCodes).isEqualTo(Nerve.values().length * 4L);
        for (FindingCode code : FindingCode.inSection(Section.NCS)) {
            assertThat(code.sided()).as(code.code()).isTrue();
            assertThat(Nerve.isLowerLimit(code) || Nerve.lowerLimitOf(code).isPresent()).as(code.code()).isTrue();
        }
    }
}
