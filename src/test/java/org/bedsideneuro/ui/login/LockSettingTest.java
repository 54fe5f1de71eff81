package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.bedsideneuro.service.ComputerSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock time saved for this computer drives the idle lock, by a fake clock. No test sleeps. */
class LockSettingTest {
    @TempDir
    Path folder;

    @Test
    void theSavedMinutesDriveTheIdleLockAndAChangeIsSavedAndEffectiveAtOnce() {
        Path file = folder.resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withLockMinutes(2).withServerUri("postgresql://ward@server/neuro").save(file);
        IdleLockTest.FakeClock clock = new IdleLockTest.FakeClock();
        LockSetting setting = LockSetting.load(file);
        IdleLock lock = new IdleLock(clock, setting.timeout());

        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertThat(lock.check()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.check()).as("two minutes, as saved").isTrue();
        lock.unlocked();

        setting.change(10, lock);
        assertThat(ComputerSettings.load(file).lockMinutes()).isEqualTo(10);
        assertThat(ComputerSettings.load(file).serverUri()).as("the other settings stay").contains("postgresql://ward@server/neuro");
        clock.advance(Duration.ofMinutes(9));
        assertThat(lock.check()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lock.check()).isTrue();
        assertThat(LockSetting.load(file).minutes()).as("the next start reads it back").isEqualTo(10);
    }

    @Test
    void outOfRangeIsRefusedAndNothingChanges() {
        Path file = folder.resolve(ComputerSettings.FILE_NAME);
        LockSetting setting = LockSetting.load(file);
        assertThat(setting.minutes()).as("no file yet: the default").isEqualTo(5);
        IdleLock lock = new IdleLock(new IdleLockTest.FakeClock(), setting.timeout());
        assertThatThrownBy(() -> setting.change(31, lock)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The lock time must be from 1 to 30 minutes.");
        assertThatThrownBy(() -> setting.change(0, lock)).isInstanceOf(IllegalArgumentException.class);
        assertThat(setting.minutes()).isEqualTo(5);
        assertThat(lock.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(file).doesNotExist();
    }
}
