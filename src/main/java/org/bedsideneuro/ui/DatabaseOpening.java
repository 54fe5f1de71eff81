package org.bedsideneuro.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.AccountService;
import org.bedsideneuro.ui.server.FxPasswordPrompt;

/**
 * Opening the ward database on a thread of its own, started before JavaFX is up: loading the SQLite driver and reading
 * the schema overlap the toolkit's start instead of following it (about a second of a cold start on a ward laptop).
 */
final class DatabaseOpening {
    /** Completes once JavaFX runs: a ward server's password prompt opening the database meanwhile waits for it. */
    static final CompletableFuture<Void> TOOLKIT_UP = new CompletableFuture<>();

    /**
     * How long the first window waits, unseen, for a database file still opening, before it shows "Opening the ward
     * database…" instead. A file opens in a fraction of a second; a migration, or a damaged file, takes longer or
     * fails, and the opening screen then shows.
     */
    static final long FILE_OPENING_WAIT_MILLIS = 1000;

    private DatabaseOpening() {
    }

    /** An open database, and the clinician given with {@link LaunchSettings#recordingAs()} (null: ask). */
    record Opened(Database database, Clinician clinician) {
    }

    static CompletableFuture<Opened> start(LaunchSettings config) {
        return CompletableFuture.supplyAsync(() -> open(config), work -> {
            Thread thread = new Thread(work, "bedside-neuro-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Opened open(LaunchSettings config) {
        // A file on this laptop, or the ward server, whose password is asked in a dialog when needed.
        Database db = Database.open(config.database(), config.clock(), new FxPasswordPrompt(TOOLKIT_UP));
        LaunchSettings.RecordingAs as = config.recordingAs();
        try {
            return new Opened(db, as == null ? null : new AccountService(db).recorder(as.displayName(), as.role()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Waits at most {@link #FILE_OPENING_WAIT_MILLIS} for a file; never for the ward server, whose password may be asked. */
    static void waitBrieflyForAFile(LaunchSettings config, CompletableFuture<Opened> open) {
        if (open.isDone() || !(config.database() instanceof DatabaseLocation.SqliteFile)) {
            return;
        }
        try {
            open.get(FILE_OPENING_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException notYetOrFailed) {
            // shown by the opening screen: "Opening…", or the failure in plain words
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
