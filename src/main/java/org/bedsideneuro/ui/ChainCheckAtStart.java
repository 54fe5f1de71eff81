package org.bedsideneuro.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.bedsideneuro.persistence.ChainProblem;
import org.bedsideneuro.persistence.Database;

/**
 * The tamper check of {@code check}, run by the window in the background after it starts ("the app
 * runs the same check at start in the background and shows a plain warning if it fails"). On a thread of its own and
 * a little after the start, so it never delays the ward list nor competes with the first screen for the CPU
 *. It only reads; a warning names the first affected record, as {@code check} does.
 */
public final class ChainCheckAtStart implements AutoCloseable {
    /** Long enough for the ward list and the first patient to load first on a ward laptop. */
    static final Duration AFTER_START = Duration.ofSeconds(20);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bedside-neuro-chain-check");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /** Runs the check after {@code delay}; {@code onWarning} gets the plain message on the FX thread, only when it fails. */
    public ChainCheckAtStart(Database database, Duration delay, Consumer<String> onWarning) {
        executor.schedule(() -> {
            String warning;
            try {
                try {
                    database.sealChain(); // entries on the ward server not linked yet: a sealer behind, a laptop that crashed (V9)
                } catch (RuntimeException e) {
                    // they stay pending and are verified as such
                }
                Optional<ChainProblem> problem = database.read(s -> s.chain().verify());
                warning = problem.map(ChainCheckAtStart::warning).orElse(null);
            } catch (RuntimeException e) {
                warning = null; // a database that cannot be read shows its own problem on the next save or load
            }
            if (warning != null) {
                String shown = warning;
                Platform.runLater(() -> onWarning.accept(shown));
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    static String warning(ChainProblem problem) {
        return "Warning: the tamper check found that " + problem.describe() + ". Records may have been changed outside"
                + " BedsideNeuro. Nothing was changed; please tell IT (the command 'check' names the same record).";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
