package org.bedsideneuro.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseException;
import org.bedsideneuro.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** An access-log entry is never lost in silence: tried again after a pause, and said on screen when it stays lost. */
class AccessRecordingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:30:00Z"), ZoneOffset.UTC);
    private static final List<Duration> QUICK = List.of(Duration.ofMillis(50), Duration.ofMillis(100));

    @TempDir
    Path dir;
    private final BackgroundRunner runner = new BackgroundRunner();
    private final AtomicReference<Notice> shown = new AtomicReference<>();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private long lockEntries(Database db) {
        return db.read(s -> s.accessLog().find(null, null, null, null).stream().filter(e -> e.action() == AccessAction.LOCK).count());
    }

    @Test
    void aWriteThatFailsOnceIsWrittenOnTheNextTryAndNothingIsShown() throws Exception {
        try (Database db = Database.open(dir.resolve("ward.db"), CLOCK)) {
            Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Example", Role.NURSE));
            AtomicInteger tries = new AtomicInteger();
            AccessRecording recording = new AccessRecording(runner, QUICK, shown::set);
            FxTestSupport.onFx(() -> recording.record(() -> {
                if (tries.incrementAndGet() == 1) {
                    throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, "The ward server cannot be reached.");
                }
                return db.write(s -> {
                    s.accessLog().record(nurse, AccessAction.LOCK, null, "");
                    return null;
                });
            }, "that the window was locked"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lockEntries(db) == 1);
            assertThat(tries).hasValue(2);
            assertThat(shown.get()).isNull();
        }
    }

    @Test
    void aWriteThatKeepsFailingIsSaidOnScreenInPlainWordsAfterItsRetries() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        AccessRecording recording = new AccessRecording(runner, QUICK, shown::set);
        FxTestSupport.onFx(() -> recording.record(() -> {
            tries.incrementAndGet();
            throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, "The ward server cannot be reached.");
        }, "that you opened Sample, Sam's record"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.get() != null);
        assertThat(tries).hasValue(3);
        assertThat(shown.get().kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(shown.get().text()).contains("access log could not record that you opened Sample, Sam's record",
                "cannot be reached", "tell IT").doesNotContain("Exception");
    }
}
