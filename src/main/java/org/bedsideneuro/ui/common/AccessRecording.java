package org.bedsideneuro.ui.common;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;

/**
 * Writes the access log's entries (a patient's record opened, the window locked) off the FX thread, and never loses
 * one in silence: a failed write is tried again after a pause, and a write that still fails is logged and said on
 * screen in a calm line. Retrying is safe here: an entry written twice overstates an access, one lost hides it, and
 * the access log exists to show every access (docs/decisions/0002-access-log-writes-are-retried.md).
 */
public final class AccessRecording {
    private static final System.Logger LOG = System.getLogger(AccessRecording.class.getName());
    /** Long enough for a ward server restarting or a network blip; short enough that the entry's time stays near. */
    public static final List<Duration> RETRY_AFTER = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10));

    private final BackgroundRunner runner;
    private final List<Duration> retryAfter;
    private final Consumer<Notice> onLost;

    /** {@code onLost} shows the calm line (the screen's notice area); FX thread. */
    public AccessRecording(BackgroundRunner runner, List<Duration> retryAfter, Consumer<Notice> onLost) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.retryAfter = List.copyOf(retryAfter);
        this.onLost = Objects.requireNonNull(onLost, "onLost");
    }

    public AccessRecording(BackgroundRunner runner, Consumer<Notice> onLost) {
        this(runner, RETRY_AFTER, onLost);
    }

    /** Runs {@code write} (one access-log entry in its own transaction); {@code what} names it for the clinician. FX thread. */
    public void record(Callable<?> write, String what) {
        attempt(write, what, 0);
    }

    private void attempt(Callable<?> write, String what, int failedBefore) {
        runner.run(write, done -> { }, failure -> {
            if (failedBefore < retryAfter.size()) {
                PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(retryAfter.get(failedBefore).toMillis()));
                pause.setOnFinished(e -> attempt(write, what, failedBefore + 1));
                pause.play();
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "Access log entry not written after " + (failedBefore + 1) + " tries: " + what,
                    failure.cause());
            onLost.accept(Notice.problem("The access log could not record " + what + " (" + failure.message()
                    + "). Your work is not affected; please tell IT."));
        });
    }
}
