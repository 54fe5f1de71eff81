package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Watches a database for commits on a connection and a daemon thread of its own, and tells a {@link ChangeListener}.
 * How a commit is noticed is the dialect's business ({@link Dialect#awaitChange}); this class keeps the loop, the
 * reconnection after a dropped connection, and the reachability reports.
 */
public final class ChangeWatcher implements AutoCloseable {
    private final DataSource source;
    private final Dialect dialect;
    private final ChangeListener listener;
    private final Thread thread;
    private volatile boolean running = true;

    ChangeWatcher(DataSource source, Dialect dialect, ChangeListener listener, long pollMillis) {
        this.source = source;
        this.dialect = dialect;
        this.listener = listener;
        this.thread = new Thread(() -> loop(pollMillis), "bedside-neuro-change-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(long pollMillis) {
        boolean reachable = true;
        int failures = 0;
        while (running) {
            try (Connection c = source.getConnection()) {
                c.setAutoCommit(true);
                Object state = dialect.startWatching(c);
                if (!reachable || failures > 0) {
                    reachable = true;
                    failures = 0;
                    listener.reachable(true);
                    listener.changed(); // notifications may have been missed while the connection was down
                }
                while (running) {
                    Object now = dialect.awaitChange(c, state, pollMillis);
                    if (!now.equals(state)) {
                        state = now;
                        listener.changed();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failures++;
                if (reachable) {
                    reachable = false;
                    listener.reachable(false);
                }
                sleep(Math.min(5_000, 250L * failures) + ThreadLocalRandom.current().nextInt(100));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            // Wait (briefly) until its connection is closed: a restore right after must find the database let go of.
            try {
                thread.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
