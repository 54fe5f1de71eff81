package org.bedsideneuro.domain.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingCodeTest {
    /** Every code of shared/exchange-format.md, "Finding codes", copied from the contract by hand. */
    private static final Set<String> CONTRACT_CODES = Set.of(
            "strength.shoulder_abduction", "strength.elbow_flexion", "strength.wrist_extension", "strength.finger_abduction",
            "strength.hip_flexion", "strength.knee_extension", "strength.ankle_dorsiflexion", "strength.ankle_eversion",
            "strength.ankle_inversion", "strength.ankle_plantarflexion", "strength.toe_extension",
            "reflex.biceps", "reflex.triceps", "reflex.brachioradialis", "reflex.patellar", "reflex.achilles", "reflex.reinforcement",
            "plantar.response", "clonus.ankle_beats",
            "gait.pattern", "gait.foot_drop", "gait.heel_walk", "gait.toe_walk", "gait.romberg", "gait.walk_10m_seconds", "gait.aid",
            "sensory.vibration_hallux_seconds", "sensory.pinprick_level",
            "myoclonus.jerk_count", "myoclonus.window_minutes", "myoclonus.distribution", "myoclonus.regions", "myoclonus.amplitude",
            "myoclonus.stimulus_sensitive", "myoclonus.context",
            "oin.sedation_poss", "oin.delirium_cam", "oin.hallucinations", "oin.hyperalgesia", "oin.allodynia", "oin.seizure",
            "lab.egfr",
            "ncs.sural_snap_uv", "ncs.superficial_peroneal_snap_uv", "ncs.peroneal_cmap_mv", "ncs.tibial_cmap_mv",
            "ncs.sural_cv_ms", "ncs.superficial_peroneal_cv_ms", "ncs.peroneal_cv_ms", "ncs.tibial_cv_ms",
            "ncs.sural_snap_uv_lln", "ncs.superficial_peroneal_snap_uv_lln", "ncs.peroneal_cmap_mv_lln", "ncs.tibial_cmap_mv_lln",
            "ncs.sural_cv_ms_lln", "ncs.superficial_peroneal_cv_ms_lln", "ncs.peroneal_cv_ms_lln", "ncs.tibial_cv_ms_lln",
            "pain.peg_pain", "pain.peg_enjoyment", "pain.peg_activity", "pain.nrs_rest", "pain.nrs_movement",
            "review.function", "review.adverse_effects", "review.decision");

    private static final Set<String> SIDED = Set.of("strength.", "reflex.biceps", "reflex.triceps", "reflex.brachioradialis",
            "reflex.patellar", "reflex.achilles", "plantar.response", "clonus.ankle_beats", "gait.foot_drop",
            "sensory.vibration_hallux_seconds", "sensory.pinprick_level", "ncs.");

    @Test
    void everyContractCodeIsDefinedExactlyOnce() {
        Set<String> defined = Arrays.stream(FindingCode.values()).map(FindingCode::code).collect(Collectors.toSet());
        assertThat(defined).hasSize(FindingCode.values().length).isEqualTo(CONTRACT_CODES);
    }

    @Test
    void sidesAreWhereTheContractPutsThem() {
        for (FindingCode code : FindingCode.values()) {
            boolean expected = SIDED.stream().anyMatch(prefix -> code.code().startsWith(prefix));
            assertThat(code.sided()).as(code.code()).isEqualTo(expected);
        }
    }

    @Test
    void distalMusclesAndMrcSumItemsFollowTheClinicalReference() {
        assertThat(Arrays.stream(FindingCode.values()).filter(FindingCode::isDistalMuscle).map(FindingCode::code))
                .containsExactlyInAnyOrder("strength.wrist_extension", "strength.finger_abduction", "strength.ankle_dorsiflexion",
                        "strength.ankle_eversion", "strength.ankle_inversion", "strength.ankle_plantarflexion", "strength.toe_extension");
        assertThat(Arrays.stream(FindingCode.values()).filter(FindingCode::isMrcSumItem).map(FindingCode::code))
                .containsExactlyInAnyOrder("strength.shoulder_abduction", "strength.elbow_flexion", "strength.wrist_extension",
                        "strength.hip_flexion", "strength.knee_extension", "strength.ankle_dorsiflexion");
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @CsvSource({
            "strength.ankle_dorsiflexion, 4-", "strength.ankle_dorsiflexion, 4+", "strength.wrist_extension, 0",
            "reflex.achilles, 0", "reflex.patellar, 4", "plantar.response, extensor", "clonus.ankle_beats, 12",
            "gait.pattern, steppage", "gait.foot_drop, complete", "gait.walk_10m_seconds, 8.25", "gait.aid, walker",
            "sensory.vibration_hallux_seconds, 0", "sensory.pinprick_level, mid_shin", "myoclonus.window_minutes, 60",
            "myoclonus.regions, face;left_leg", "oin.sedation_poss, S", "oin.sedation_poss, 3", "oin.delirium_cam, positive",
            "lab.egfr, 27.5", "reflex.reinforcement, yes"})
    void acceptsEveryValueOnItsScale(String code, String value) {
        FindingCode finding = FindingCode.byCode(code).orElseThrow();
        assertThat(finding.parseValue(value).code()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @CsvSource({
            "strength.ankle_dorsiflexion, 6, 0, 1, 2, 3, 4-, 4, 4+, 5",
            "strength.ankle_dorsiflexion, 4++, 0, 1, 2, 3, 4-, 4, 4+, 5",
            "reflex.achilles, 5, 0, 1, 2, 3, 4",
            "myoclonus.window_minutes, 0, a whole number 1 to 60",
            "myoclonus.window_minutes, 61, a whole number 1 to 60",
            "myoclonus.jerk_count, 2.5, a whole number 0 to 10000",
            "clonus.ankle_beats, -1, a whole number 0 to 999",
            "gait.pattern, shuffling, normal, steppage",
            "myoclonus.regions, left_leg;tail, face, neck",
            "lab.egfr, lots, a decimal number 0 to 200"})
    void refusesValuesOffTheScaleNamingTheFindingAndTheAllowedValues(String code, String value, String allowedStart) {
        FindingCode finding = FindingCode.byCode(code).orElseThrow();
        assertThatThrownBy(() -> finding.parseValue(value))
                .isInstanceOf(InvalidFindingException.class)
                .hasMessageContaining(code)
                .hasMessageContaining(finding.label())
                .hasMessageContaining("'" + value + "'")
                .hasMessageContaining(allowedStart);
    }

    @Test
    void mrcSubgradesCountAsFourForFullGradesButKeepTheirOrder() {
        assertThat(MrcGrade.FOUR_MINUS.fullGrade()).isEqualTo(4);
        assertThat(MrcGrade.FOUR_PLUS.fullGrade()).isEqualTo(4);
        assertThat(MrcGrade.FOUR_MINUS.rank()).isLessThan(MrcGrade.FOUR.rank());
        assertThat(MrcGrade.FOUR_PLUS.rank()).isLessThan(MrcGrade.FIVE.rank());
        assertThat(MrcGrade.THREE.rank()).isLessThan(MrcGrade.FOUR_MINUS.rank());
    }

    @Test
    void numbersCompareByValueButKeepTheirDigits() {
        FindingValue a = FindingCode.WALK_10M_SECONDS.parseValue("12.50");
        FindingValue b = FindingCode.WALK_10M_SECONDS.parseValue("12.5");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.code()).isEqualTo("12.50");
    }

    @Test
    void regionsAreCodedInAFixedOrderWhateverOrderTheyWereGiven() {
        assertThat(FindingCode.REGIONS.parseValue("right_leg;face").code()).isEqualTo("face;right_leg");
        assertThatThrownBy(() -> FindingCode.REGIONS.parseValue("face;face")).hasMessageContaining("named twice");
    }
}
