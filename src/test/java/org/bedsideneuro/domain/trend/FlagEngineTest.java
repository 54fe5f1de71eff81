package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.junit.jupiter.api.Test;

class FlagEngineTest {

    @Test
    void theStandardEngineHasOneRuleForEachCode() {
        assertThat(FlagEngine.standard(Ward.ZONE).rules()).extracting(FlagRule::code)
                .containsExactlyInAnyOrder(FlagCode.values());
        assertThat(FlagCode.values()).hasSize(20).allSatisfy(c -> assertThat(c.description()).isNotBlank());
        assertThat(Arrays.stream(FlagCode.values()).map(FlagCode::code)).contains("myoclonus_rising_with_mme", "renal_risk", "snap_below_normal", "amplitude_fell");
    }

    @Test
    void flagsComeBackByDateWhateverOrderTheExamsArrive() {
        Ward ward = new Ward();
        ward.exam(30, "09:00", new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.THREE));
        ward.exam(5, "09:00", Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SOMNOLENT));
        ward.exam(1, "09:00", new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE));
        assertThat(ward.allFlags()).extracting(Flag::code)
                .containsExactly(FlagCode.SEDATION_UNACCEPTABLE, FlagCode.DISTAL_WEAKNESS_WORSENED);
    }

    @Test
    void anotherPatientsExamsAreIgnored() {
        Ward ward = new Ward();
        ward.exam(1, "09:00", new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FIVE));
        ward.exam(9, "09:00", new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.TWO));
        assertThat(FlagEngine.standard(Ward.ZONE).run(new PatientId("OTHER-1"),
                ward.exams, ward.orders, ward.mme)).isEmpty();
    }
}
