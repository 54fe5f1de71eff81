package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bedsideneuro.domain.finding.FindingCode.*;
import static org.bedsideneuro.domain.finding.Side.LEFT;
import static org.bedsideneuro.domain.finding.Side.RIGHT;

import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.junit.jupiter.api.Test;

class BaselineRulesTest {
    private final Ward ward = new Ward();

    private static Finding ta(MrcGrade grade) {
        return new Finding(ANKLE_DORSIFLEXION, LEFT, grade);
    }

    @Test
    void dorsiflexionFromFiveToFourPlusIsAFullGradeWorse() {
        Exam baseline = ward.exam(1, "09:00", ta(MrcGrade.FIVE));
        Exam later = ward.exam(20, "09:00", ta(MrcGrade.FOUR_PLUS));
        List<Flag> flags = ward.flags(new DistalWeaknessWorsenedRule());
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.DISTAL_WEAKNESS_WORSENED);
            assertThat(f.date()).isEqualTo(Ward.day(20));
            assertThat(f.examIds()).containsExactly(baseline.id(), later.id());
            assertThat(f.values()).contains("5 at baseline").contains("4+");
            assertThat(f.patient()).isEqualTo(Ward.PATIENT);
        });
    }

    @Test
    void fourToFourMinusIsNotAFullGrade() {
        ward.exam(1, "09:00", ta(MrcGrade.FOUR));
        ward.exam(20, "09:00", ta(MrcGrade.FOUR_MINUS));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).isEmpty();
    }

    @Test
    void proximalWeaknessIsNotDistalWeakness() {
        ward.exam(1, "09:00", new Finding(HIP_FLEXION, LEFT, MrcGrade.FIVE));
        ward.exam(20, "09:00", new Finding(HIP_FLEXION, LEFT, MrcGrade.THREE));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).isEmpty();
    }

    @Test
    void furtherWorseningDoesNotRefireButRecoveryThenRelapseDoes() {
        ward.exam(1, "09:00", ta(MrcGrade.FIVE));
        ward.exam(10, "09:00", ta(MrcGrade.FOUR));
        ward.exam(20, "09:00", ta(MrcGrade.THREE));   // still holding: no new flag
        ward.exam(30, "09:00", ta(MrcGrade.FIVE));    // recovered: stops holding
        ward.exam(40, "09:00", ta(MrcGrade.FOUR_MINUS));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).extracting(Flag::date)
                .containsExactly(Ward.day(10), Ward.day(40));
    }

    @Test
    void anExamNotRecordingTheMuscleDoesNotEndTheEpisode() {
        ward.exam(1, "09:00", ta(MrcGrade.FIVE));
        ward.exam(10, "09:00", ta(MrcGrade.FOUR));
        ward.exam(15, "09:00", new Finding(HIP_FLEXION, LEFT, MrcGrade.FIVE));
        ward.exam(20, "09:00", ta(MrcGrade.FOUR));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).hasSize(1);
    }

    @Test
    void anExamMarkedBaselineReplacesTheFirstValue() {
        ward.exam(1, "09:00", ta(MrcGrade.FIVE));
        ward.baselineExam(10, ta(MrcGrade.FOUR));
        ward.exam(20, "09:00", ta(MrcGrade.FOUR_MINUS));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).isEmpty();
        ward.exam(30, "09:00", ta(MrcGrade.THREE));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).extracting(Flag::date).containsExactly(Ward.day(30));
    }

    @Test
    void eachSideHasItsOwnBaselineAndFlag() {
        ward.exam(1, "09:00", ta(MrcGrade.FIVE), new Finding(ANKLE_DORSIFLEXION, RIGHT, MrcGrade.FOUR));
        ward.exam(10, "09:00", ta(MrcGrade.FOUR), new Finding(ANKLE_DORSIFLEXION, RIGHT, MrcGrade.FOUR));
        ward.exam(20, "09:00", ta(MrcGrade.FOUR), new Finding(ANKLE_DORSIFLEXION, RIGHT, MrcGrade.THREE));
        assertThat(ward.flags(new DistalWeaknessWorsenedRule())).extracting(Flag::date)
                .containsExactly(Ward.day(10), Ward.day(20));
    }

    @Test
    void footDropOnASideThatHadNoneFires() {
        ward.exam(1, "09:00", new Finding(FOOT_DROP, LEFT, FootDrop.NONE), new Finding(FOOT_DROP, RIGHT, FootDrop.PARTIAL));
        ward.exam(30, "09:00", new Finding(FOOT_DROP, LEFT, FootDrop.PARTIAL), new Finding(FOOT_DROP, RIGHT, FootDrop.COMPLETE));
        List<Flag> flags = ward.flags(new NewFootDropRule());
        assertThat(flags).singleElement().satisfies(f -> assertThat(f.values()).contains("left"));
    }

    @Test
    void footDropPresentFromTheStartIsNotNew() {
        ward.exam(1, "09:00", new Finding(FOOT_DROP, LEFT, FootDrop.PARTIAL));
        ward.exam(30, "09:00", new Finding(FOOT_DROP, LEFT, FootDrop.COMPLETE));
        assertThat(ward.flags(new NewFootDropRule())).isEmpty();
    }

    @Test
    void ankleReflexGoingFromOneToZeroFiresButFromZeroDoesNot() {
        ward.exam(1, "09:00", new Finding(ACHILLES_REFLEX, LEFT, ReflexGrade.REDUCED), new Finding(ACHILLES_REFLEX, RIGHT, ReflexGrade.ABSENT));
        ward.exam(30, "09:00", new Finding(ACHILLES_REFLEX, LEFT, ReflexGrade.ABSENT), new Finding(ACHILLES_REFLEX, RIGHT, ReflexGrade.ABSENT));
        assertThat(ward.flags(new AnkleReflexLostRule())).singleElement()
                .satisfies(f -> assertThat(f.values()).contains("left"));
    }

    @Test
    void patellarReflexLossIsNotAnAnkleReflexLoss() {
        ward.exam(1, "09:00", new Finding(PATELLAR_REFLEX, LEFT, ReflexGrade.LOW_NORMAL));
        ward.exam(30, "09:00", new Finding(PATELLAR_REFLEX, LEFT, ReflexGrade.ABSENT));
        assertThat(ward.flags(new AnkleReflexLostRule())).isEmpty();
    }

    @Test
    void extensorPlantarAfterFlexorFiresButAfterEquivocalDoesNot() {
        ward.exam(1, "09:00", new Finding(PLANTAR_RESPONSE, LEFT, PlantarResponse.FLEXOR), new Finding(PLANTAR_RESPONSE, RIGHT, PlantarResponse.EQUIVOCAL));
        ward.exam(5, "09:00", new Finding(PLANTAR_RESPONSE, LEFT, PlantarResponse.EXTENSOR), new Finding(PLANTAR_RESPONSE, RIGHT, PlantarResponse.EXTENSOR));
        assertThat(ward.flags(new ExtensorPlantarRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(5));
            assertThat(f.values()).contains("left");
        });
    }

    @Test
    void twoFullGradesBetweenSidesIsAsymmetryOneIsNot() {
        ward.exam(1, "09:00", new Finding(ANKLE_EVERSION, LEFT, MrcGrade.FOUR_PLUS), new Finding(ANKLE_EVERSION, RIGHT, MrcGrade.THREE));
        assertThat(ward.flags(new StrengthAsymmetryRule())).isEmpty();
        ward.exam(2, "09:00", new Finding(ANKLE_EVERSION, LEFT, MrcGrade.FIVE), new Finding(ANKLE_EVERSION, RIGHT, MrcGrade.THREE));
        ward.exam(3, "09:00", new Finding(ANKLE_EVERSION, LEFT, MrcGrade.FIVE), new Finding(ANKLE_EVERSION, RIGHT, MrcGrade.TWO));
        ward.exam(4, "09:00", new Finding(ANKLE_EVERSION, LEFT, MrcGrade.FIVE), new Finding(ANKLE_EVERSION, RIGHT, MrcGrade.FIVE));
        ward.exam(5, "09:00", new Finding(ANKLE_EVERSION, LEFT, MrcGrade.ONE), new Finding(ANKLE_EVERSION, RIGHT, MrcGrade.FOUR_MINUS));
        assertThat(ward.flags(new StrengthAsymmetryRule())).extracting(Flag::date).containsExactly(Ward.day(2), Ward.day(5));
    }
}
