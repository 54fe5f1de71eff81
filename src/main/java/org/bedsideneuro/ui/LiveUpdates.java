package org.bedsideneuro.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.bedsideneuro.persistence.ChangeListener;
import org.bedsideneuro.persistence.ChangeWatcher;
import org.bedsideneuro.persistence.Database;

/**
 * Keeps the open screens current when someone else saves: another window on this laptop, the command line, or
 * another laptop on the ward server. Bursts of commits (an import) give one reload, not hundreds.
 */
final class LiveUpdates implements AutoCloseable {
    /** Often enough that a record saved elsewhere shows within two seconds. */
    static final long POLL_MILLIS = 700;

    private final ChangeWatcher watcher;
    private final AtomicBoolean reloadPending = new AtomicBoolean();

    LiveUpdates(Database database, Runnable reload, Consumer<Boolean> reachable) {
        watcher = database.watchChanges(new ChangeListener() {
            @Override
            public void changed() {
                if (reloadPending.compareAndSet(false, true)) {
                    Platform.runLater(() -> {
                        reloadPending.set(false);
                        reload.run();
                    });
                }
            }

            @Override
            public void reachable(boolean up) {
                Platform.runLater(() -> reachable.accept(up));
            }
        }, POLL_MILLIS);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
