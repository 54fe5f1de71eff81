package org.bedsideneuro.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.bedsideneuro.ui.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wait that keeps the rest of a ward read from competing with the frame that draws the list. */
class AfterDrawnTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void nothingMarkedIsNeverDrawnAndTheWaitEndsAtItsLimit() {
        assertThat(new AfterDrawn().await(Duration.ofMillis(50))).isFalse();
    }

    @Test
    void markedOnTheFxThreadIsDrawnOnlyOnceAPulseHasPassed() {
        AtomicLong pulses = new AtomicLong();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        AfterDrawn drawn = new AfterDrawn();
        AtomicLong pulsesWhenMarked = new AtomicLong(-1);
        Platform.runLater(() -> {
            counter.start();
            pulsesWhenMarked.set(pulses.get());
            drawn.markWhenDrawn();
        });
        try {
            assertThat(drawn.await(Duration.ofMinutes(1))).isTrue(); // a guard against a hang, not a measure of speed
            // The pulse that drew the change and the one after it began: at least two pulses since marking.
            assertThat(pulses.get() - pulsesWhenMarked.get()).isGreaterThanOrEqualTo(2);
        } finally {
            Platform.runLater(counter::stop);
        }
    }
}
