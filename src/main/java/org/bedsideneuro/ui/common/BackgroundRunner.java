package org.bedsideneuro.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs database and file work away from the FX thread and hands the outcome back on it.
 * One daemon thread: the database keeps one connection per thread, and work done in order is easier to reason
 * about at the bedside (a save is never overtaken by the reload that should show it). Daemon, so an unfinished
 * read never keeps the app alive after its window is closed.
 */
public final class BackgroundRunner implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bedside-neuro-background");
        thread.setDaemon(true);
        return thread;
    });
    /** Readable from any thread, so tests can wait for quiet without touching FX state. */
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * Runs {@code work} in the background. Exactly one of {@code onSuccess} or {@code onFailure} is then called on
     * the FX thread. Must be called on the FX thread, so that {@link #busyProperty()} is only ever touched there.
     */
    public <T> Task<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Failure> onFailure) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        requireFxThread();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        if (executor.isShutdown()) {
            // Closed (the window is gone) while a result was on its way here, and that result's callback asked for
            // more work: dropped, as queued work is, instead of an exception on the FX thread (a cold start timed to
            // its first frame closes right after it; so does a nurse closing the window mid-load).
            return task;
        }
        task.setOnSucceeded(e -> finish(() -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> onFailure.accept(Failure.of(task.getException()))));
        task.setOnCancelled(e -> finish(() -> { }));
        pending.incrementAndGet();
        busy.set(true);
        executor.execute(task);
        return task;
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            // Counted down after the callback, so "not busy" means the result is already on screen.
            busy.set(pending.decrementAndGet() > 0);
        }
    }

    /** True while work is queued or running; bind a progress indicator to it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Work submitted and not yet delivered; safe to read from any thread. */
    public int pendingCount() {
        return pending.get();
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("BackgroundRunner.run must be called on the JavaFX application thread");
        }
    }

    /** Stops the background thread; work still queued, or handed over from now on, is dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
