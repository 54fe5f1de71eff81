package org.bedsideneuro.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For view-model tests: they need the FX thread (results arrive on it) but no window. Runs code there and waits
 * for background work by condition, never by sleeping.
 */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    public static void startToolkit() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX toolkit did not start", e);
        }
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }

    public static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until everything handed to the runner has finished and its results are delivered on the FX thread. */
    public static void awaitQuiet(BackgroundRunner runner) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.pendingCount() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("Background work did not finish within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
