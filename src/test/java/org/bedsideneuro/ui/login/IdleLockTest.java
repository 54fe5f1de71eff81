package org.bedsideneuro.ui.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdleLockTest {
    static final class FakeClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void locksAfterFiveIdleMinutesAndInputPostponesIt() {
        FakeClock clock = new FakeClock();
        IdleLock lock = new IdleLock(clock, IdleLock.DEFAULT_TIMEOUT);
        clock.advance(Duration.ofMinutes(4));
        assertThat(lock.check()).isFalse();
        lock.noteActivity();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(lock.check()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.check()).isTrue();
        lock.noteActivity();
        assertThat(lock.check()).as("input does not unlock").isTrue();
        lock.unlocked();
        assertThat(lock.check()).isFalse();
    }

    @Test
    void theSettingIsOneToThirtyMinutes() {
        FakeClock clock = new FakeClock();
        assertThatThrownBy(() -> new IdleLock(clock, Duration.ofSeconds(59))).hasMessageContaining("between 1 and 30 minutes");
        assertThatThrownBy(() -> new IdleLock(clock, Duration.ofMinutes(31))).hasMessageContaining("between 1 and 30 minutes");
        IdleLock one = new IdleLock(clock, Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(one.check()).isTrue();
    }
}
