package org.bedsideneuro.ui.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.YesNo;
import org.junit.jupiter.api.Test;

class TypedValueTest {
    @Test
    void strengthGradesTypeAsTheyAreSaid() {
        assertThat(TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, "4+").value()).contains(MrcGrade.FOUR_PLUS);
        assertThat(TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, "4-").value()).contains(MrcGrade.FOUR_MINUS);
        assertThat(TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, " 4 ").value()).as("4 is 4, not 4- or 4+").contains(MrcGrade.FOUR);
        assertThat(TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, "0").value()).contains(MrcGrade.ZERO);
    }

    @Test
    void anInvalidGradeIsAnErrorNamingTheAllowedValuesNeverDropped() {
        TypedValue six = TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, "6");
        assertThat(six.isValid()).isFalse();
        assertThat(six.error()).contains("'6'").contains("0, 1, 2, 3, 4-, 4, 4+, 5");
        assertThat(TypedValue.parse(FindingCode.ACHILLES_REFLEX, "5").isValid()).isFalse();
        assertThat(TypedValue.parse(FindingCode.ANKLE_CLONUS_BEATS, "2.5").isValid()).as("beats are whole").isFalse();
        assertThat(TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, "4++").isValid()).isFalse();
    }

    @Test
    void emptyIsNotExaminedNotAnError() {
        assertThat(TypedValue.parse(FindingCode.ANKLE_DORSIFLEXION, "  ")).isEqualTo(TypedValue.EMPTY);
        assertThat(TypedValue.EMPTY.isValid()).isTrue();
        assertThat(TypedValue.EMPTY.value()).isEmpty();
    }

    @Test
    void wordsMayBeTypedShortWhenUnambiguous() {
        assertThat(TypedValue.parse(FindingCode.PLANTAR_RESPONSE, "ext").value()).contains(PlantarResponse.EXTENSOR);
        assertThat(TypedValue.parse(FindingCode.PLANTAR_RESPONSE, "Flexor").value()).contains(PlantarResponse.FLEXOR);
        assertThat(TypedValue.parse(FindingCode.PLANTAR_RESPONSE, "e").error()).contains("extensor or equivocal");
        assertThat(TypedValue.parse(FindingCode.REFLEX_REINFORCEMENT, "y").value()).contains(YesNo.YES);
        assertThat(TypedValue.parse(FindingCode.VIBRATION_HALLUX_SECONDS, "7.5").value()).contains(NumericValue.of("7.5"));
    }
}
