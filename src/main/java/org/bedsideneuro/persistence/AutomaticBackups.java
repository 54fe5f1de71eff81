package org.bedsideneuro.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The app's automatic backups: one when the app starts, then every few hours while it runs, into
 * the backups folder beside the database, rotated (7 daily, 4 weekly). On a daemon thread: a backup never delays a
 * save. A failure is reported, never thrown at the clinician.
 */
public final class AutomaticBackups implements AutoCloseable {
    /** Often enough that a lost laptop loses at most a morning; rarely enough to cost nothing noticeable. */
    public static final Duration EVERY = Duration.ofHours(4);
    /** When the window takes its first automatic backup: once started, not during the start. */
    public static final Duration AFTER_START = Duration.ofMinutes(1);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bedside-neuro-backups");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private AutomaticBackups() {
    }

    /** Starts the backups of an SQLite database file; on a ward server the server's own backups apply and nothing starts. */
    public static AutomaticBackups start(Database db, Path databaseFile, Clock clock, Duration every, Consumer<String> onFailure) {
        return start(db, databaseFile, clock, Duration.ZERO, every, onFailure);
    }

    /**
     * As {@link #start(Database, Path, Clock, Duration, Consumer)}, the first backup {@code first} from now: the window
     * passes {@link #AFTER_START} so that copying a large ward (hundreds of megabytes) does not compete with its own
     * start on a two-core laptop.
     */
    public static AutomaticBackups start(Database db, Path databaseFile, Clock clock, Duration first, Duration every, Consumer<String> onFailure) {
        AutomaticBackups backups = new AutomaticBackups();
        if (!db.onServer()) {
            backups.scheduler.scheduleWithFixedDelay(() -> {
                try {
                    Backups.automatic(db, databaseFile, clock);
                } catch (RuntimeException e) {
                    onFailure.accept("The automatic backup failed: " + e.getMessage());
                }
            }, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return backups;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
