package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.bedsideneuro.service.ComputerSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend's period and opened lanes are kept per computer, beside the other settings, and never break a start. */
class TrendSettingsTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        TrendSettings.keepIn(null);
    }

    @Test
    void thePeriodAndTheOpenedLanesComeBackAndTheOtherSettingsStay() {
        Path file = dir.resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withDarkTheme(true).save(file);
        TrendSettings.keepIn(file);
        assertThat(TrendSettings.period()).as("nothing kept yet").isEqualTo(TrendPeriod.LAST_90);
        TrendSettings.save(TrendPeriod.LAST_30, Set.of("strength", "jerkRate"));
        assertThat(TrendSettings.period()).isEqualTo(TrendPeriod.LAST_30);
        assertThat(TrendSettings.openedLanes()).containsExactlyInAnyOrder("strength", "jerkRate");
        assertThat(ComputerSettings.load(file).darkTheme()).isTrue();
        TrendSettings.save(TrendPeriod.CUSTOM, Set.of());
        assertThat(TrendSettings.period()).as("a custom period is this session's only").isEqualTo(TrendPeriod.LAST_90);
        assertThat(TrendSettings.openedLanes()).isEmpty();
    }

    @Test
    void withoutAFileOrWithAGarbledOneTheTrendStartsAsUsual() throws Exception {
        TrendSettings.save(TrendPeriod.LAST_7, Set.of("mme"));
        assertThat(TrendSettings.period()).isEqualTo(TrendPeriod.LAST_90);
        Path file = dir.resolve(ComputerSettings.FILE_NAME);
        Files.writeString(file, "trend.period=NOT_A_PERIOD\ntrend.opened= , ,strength\n");
        TrendSettings.keepIn(file);
        assertThat(TrendSettings.period()).isEqualTo(TrendPeriod.LAST_90);
        assertThat(TrendSettings.openedLanes()).containsExactly("strength");
    }
}
