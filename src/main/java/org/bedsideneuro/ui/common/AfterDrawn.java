package org.bedsideneuro.ui.common;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;

/**
 * Lets background work wait until what the FX thread just changed has been drawn, so that the rest of a read does not
 * compete with the frame that shows its first part (on a two-core ward laptop the ward's statuses and flags,
 * read in the same transaction as the list, held back the first frame of the list).
 */
public final class AfterDrawn {
    private final CountDownLatch drawn = new CountDownLatch(1);

    /**
     * On the FX thread, after changing the scene: marks this drawn once the pulse that draws the change has finished,
     * that is at the start of the pulse after it (an animation timer runs at the start of every pulse).
     */
    public void markWhenDrawn() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    drawn.countDown();
                }
            }
        }.start();
    }

    /**
     * Off the FX thread: waits until {@link #markWhenDrawn} saw the change drawn, at most {@code limit} (a busy or
     * hidden window must not hold the read open for long); true when it was drawn.
     */
    public boolean await(Duration limit) {
        try {
            return drawn.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the read goes on; its task sees the interruption if it was cancelled
            return false;
        }
    }
}
