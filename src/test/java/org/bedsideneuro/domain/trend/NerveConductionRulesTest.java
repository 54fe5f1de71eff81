package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bedsideneuro.domain.finding.Side.LEFT;
import static org.bedsideneuro.domain.finding.Side.RIGHT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.junit.jupiter.api.Test;

/** snap_below_normal and amplitude_fell (shared/clinical-reference.md section 9), values computed by hand. */
class NerveConductionRulesTest {
    private static final Clinician LAB_NEUROLOGIST = Clinician.create("Dr Test Emg", Role.NEUROLOGIST);
    private final Ward ward = new Ward();

    /** A study on {@code day}: pairs of (code, side, value) as text. */
    private Exam study(int day, String lab, Clinician by, Object... codeSideValue) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < codeSideValue.length; i += 3) {
            FindingCode code = (FindingCode) codeSideValue[i];
            findings.add(new Finding(code, (Side) codeSideValue[i + 1], code.parseValue((String) codeSideValue[i + 2])));
        }
        Exam exam = new Exam(ExamId.random(), Ward.PATIENT, ExamKind.EXAM,
                OffsetDateTime.of(Ward.day(day).atTime(10, 0), ZoneOffset.UTC), by, findings, lab, false, null);
        ward.exams.add(exam);
        return exam;
    }

    private Exam sural(int day, String value, String lln) {
        return lln == null
                ? study(day, "Lab A", LAB_NEUROLOGIST, FindingCode.SURAL_SNAP, LEFT, value)
                : study(day, "Lab A", LAB_NEUROLOGIST, FindingCode.SURAL_SNAP, LEFT, value, FindingCode.SURAL_SNAP_LLN, LEFT, lln);
    }

    @Test
    void aFallOfFortyNinePercentDoesNotFireAndFiftyDoes() {
        sural(1, "10.0", "4");
        sural(90, "5.1", "4"); // (10 - 5.1) / 10 = 49 %
        assertThat(ward.flags(new AmplitudeFellRule())).isEmpty();
        Exam fifty = sural(180, "5.0", "4"); // 50 %
        assertThat(ward.flags(new AmplitudeFellRule())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.AMPLITUDE_FELL);
            assertThat(f.date()).isEqualTo(Ward.day(180));
            assertThat(f.values()).contains("Sural SNAP, left").contains("10.0 µV").contains("5.0 µV").contains("50 % below the first study")
                    .contains("BedsideNeuro's own threshold of 50 %").contains("15-20 %").contains("Kong 2009");
            assertThat(f.examIds()).hasSize(2).endsWith(fifty.id());
        });
    }

    @Test
    void absentAfterAMeasuredAmplitudeIsAHundredPercentFallAndBelowNormal() {
        sural(1, "8", "4");
        sural(120, "absent", "4");
        assertThat(ward.flags(new AmplitudeFellRule())).singleElement()
                .satisfies(f -> assertThat(f.values()).contains("100 % below the first study"));
        assertThat(ward.flags(new SnapBelowNormalRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(120));
            assertThat(f.values()).contains("absent (lower limit 4 µV, below)").contains("8 µV (lower limit 4 µV, 200 %)");
        });
    }

    @Test
    void snapBelowItsOwnLowerLimitFiresWhereTheFirstStudyWasNormal() {
        sural(1, "6", "4");
        sural(60, "4", "4"); // at the lower limit: normal
        assertThat(ward.flags(new SnapBelowNormalRule())).isEmpty();
        sural(120, "3.5", "4");
        assertThat(ward.flags(new SnapBelowNormalRule())).singleElement().satisfies(f -> {
            assertThat(f.date()).isEqualTo(Ward.day(120));
            assertThat(f.values()).contains("3.5 µV (lower limit 4 µV, 88 %, below)");
        });
    }

    @Test
    void aFirstStudyAlreadyAbnormalDoesNotFireSnapBelowNormal() {
        sural(1, "2", "4");
        sural(120, "1", "4");
        assertThat(ward.flags(new SnapBelowNormalRule())).isEmpty();
        // the fall itself (50 %) is still amplitude_fell
        assertThat(ward.flags(new AmplitudeFellRule())).hasSize(1);
    }

    @Test
    void aLowerLimitOfZeroMakesAbsentNormal() {
        sural(1, "3", "0");
        sural(120, "absent", "0");
        assertThat(ward.flags(new SnapBelowNormalRule())).isEmpty();
    }

    @Test
    void aLowerLimitIsNeverCarriedForwardFromAnotherStudy() {
        sural(1, "6", "4");
        sural(120, "2", null); // this study recorded no lower limit: not compared, even though the first had 4
        assertThat(ward.flags(new SnapBelowNormalRule())).isEmpty();
        // amplitude_fell needs no lower limit: 6 -> 2 is 66 %
        assertThat(ward.flags(new AmplitudeFellRule())).singleElement()
                .satisfies(f -> assertThat(f.values()).contains("2 µV (lower limit not recorded)").contains("66 % below"));
    }

    @Test
    void aFirstStudyWithoutALowerLimitCannotTellNormalSoSnapBelowNormalNeverFires() {
        sural(1, "6", null);
        sural(120, "1", "4");
        assertThat(ward.flags(new SnapBelowNormalRule())).isEmpty();
    }

    @Test
    void eachNerveAndSideIsComparedWithItsOwnFirstStudy() {
        study(1, "Lab A", LAB_NEUROLOGIST, FindingCode.SURAL_SNAP, LEFT, "8", FindingCode.PERONEAL_CMAP, RIGHT, "4");
        study(30, "Lab A", LAB_NEUROLOGIST, FindingCode.SURAL_SNAP, RIGHT, "2"); // first study of the right sural
        study(60, "Lab A", LAB_NEUROLOGIST, FindingCode.SURAL_SNAP, RIGHT, "1.5", FindingCode.PERONEAL_CMAP, RIGHT, "1.9");
        assertThat(ward.flags(new AmplitudeFellRule())).singleElement().satisfies(f -> {
            assertThat(f.values()).startsWith("Peroneal (EDB) CMAP, right").contains("4 mV").contains("1.9 mV").contains("52 %");
            assertThat(f.date()).isEqualTo(Ward.day(60));
        });
    }

    @Test
    void studiesFromAnotherLaboratoryOrExaminerSaySoInTheFlag() {
        sural(1, "10", "4");
        study(200, "Lab B", Clinician.create("Dr Other Emg", Role.NEUROLOGIST), FindingCode.SURAL_SNAP, LEFT, "3",
                FindingCode.SURAL_SNAP_LLN, LEFT, "5");
        assertThat(ward.flags(new AmplitudeFellRule())).singleElement().satisfies(f -> assertThat(f.values())
                .contains("different laboratories (Lab A; Lab B)").contains("different examiners (Dr Test Emg; Dr Other Emg)"));
        assertThat(ward.flags(new SnapBelowNormalRule())).singleElement()
                .satisfies(f -> assertThat(f.values()).contains("different laboratories"));
    }

    @Test
    void theRuleFiresOnceUntilTheAmplitudeRecovers() {
        sural(1, "10", "4");
        sural(60, "4", "4");
        sural(120, "3", "4");
        assertThat(ward.flags(new AmplitudeFellRule())).hasSize(1);
        sural(180, "9", "4");
        sural(240, "2", "4");
        assertThat(ward.flags(new AmplitudeFellRule())).extracting(Flag::date).containsExactly(Ward.day(60), Ward.day(240));
    }

    @Test
    void theStandardEngineRunsBothAndLeavesBedsideFindingsAlone() {
        ward.exam(1, "09:00", new Finding(FindingCode.ANKLE_DORSIFLEXION, LEFT, MrcGrade.FIVE));
        sural(2, "10", "4");
        sural(100, "absent", "4");
        assertThat(ward.allFlags()).extracting(Flag::code)
                .containsExactlyInAnyOrder(FlagCode.SNAP_BELOW_NORMAL, FlagCode.AMPLITUDE_FELL);
    }
}
