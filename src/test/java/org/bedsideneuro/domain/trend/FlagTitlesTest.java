package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What a clinician reads for a flag: a plain title and a one-line meaning, never the code. */
class FlagTitlesTest {

    @Test
    void everyFlagHasAPlainTitleAndAOneLineMeaning() {
        for (FlagCode code : FlagCode.values()) {
            assertThat(code.title()).as(code.code()).isNotBlank().doesNotContain("_").isNotEqualTo(code.code());
            assertThat(Character.isUpperCase(code.title().charAt(0))).as(code.title()).isTrue();
            assertThat(code.title().length()).as("fits one banner line: " + code.title()).isLessThanOrEqualTo(45);
            assertThat(code.meaning()).as(code.code()).isNotBlank().doesNotContain("\n").endsWith(".");
            assertThat(code.meaning().length()).as("one line: " + code.meaning()).isLessThanOrEqualTo(100);
        }
        assertThat(Arrays.stream(FlagCode.values()).map(FlagCode::title).distinct()).hasSize(FlagCode.values().length);
    }

    @Test
    void theMyoclonusStoryReadsInWords() {
        assertThat(FlagCode.MYOCLONUS_RISING_WITH_MME.title()).isEqualTo("Myoclonus rising with the opioid dose");
        assertThat(FlagCode.MYOCLONUS_RISING_WITH_MME.meaning()).contains("opioid-induced neurotoxicity");
        assertThat(FlagCode.MYOCLONUS_RISING_WITH_MME.code()).as("exports keep the code").isEqualTo("myoclonus_rising_with_mme");
    }

    @Test
    void anUnknownCodeHasNoTitle() {
        assertThatThrownBy(() -> FlagTitles.of("no_such_flag")).hasMessageContaining("no_such_flag");
    }
}
