package org.bedsideneuro.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.bedsideneuro.persistence.RecordConflictException;
import org.bedsideneuro.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackgroundRunnerTest {
    private final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversTheResultOnIt() {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> resultOnFx = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();
        FxTestSupport.onFx(() -> runner.run(() -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "done";
        }, value -> {
            resultOnFx.set(Platform.isFxApplicationThread());
            result.set(value);
        }, failure -> { }));
        FxTestSupport.awaitQuiet(runner);

        assertThat(workOnFx.get()).isFalse();
        assertThat(resultOnFx.get()).isTrue();
        assertThat(result.get()).isEqualTo("done");
        assertThat(FxTestSupport.onFx(() -> runner.busyProperty().get())).isFalse();
    }

    @Test
    void workHandedOverAfterCloseIsDroppedNotThrown() {
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        FxTestSupport.onFx(() -> {
            runner.close();
            runner.run(() -> {
                ran.set(true);
                return "late";
            }, value -> ran.set(true), failure -> ran.set(true));
        });
        FxTestSupport.awaitQuiet(runner);

        assertThat(ran.get()).isFalse();
        assertThat(runner.pendingCount()).isZero();
        assertThat(FxTestSupport.onFx(() -> runner.busyProperty().get())).isFalse();
    }

    @Test
    void aRefusalReachesTheScreenInItsOwnPlainWords() {
        AtomicReference<Failure> failure = new AtomicReference<>();
        FxTestSupport.onFx(() -> runner.run(() -> {
            throw new RecordConflictException("MRN 123 already belongs to Example, Ann");
        }, value -> { }, failure::set));
        FxTestSupport.awaitQuiet(runner);

        assertThat(failure.get().message()).isEqualTo("MRN 123 already belongs to Example, Ann");
        assertThat(failure.get().isExplained()).isTrue();
    }

    @Test
    void anUnexpectedErrorBecomesACalmMessageWithoutATrace() {
        AtomicReference<Failure> failure = new AtomicReference<>();
        FxTestSupport.onFx(() -> runner.run(() -> {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null");
        }, value -> { }, failure::set));
        FxTestSupport.awaitQuiet(runner);

        assertThat(failure.get().message()).startsWith("Something went wrong and nothing was saved")
                .doesNotContain("NullPointerException").doesNotContain("String.length");
    }
}
