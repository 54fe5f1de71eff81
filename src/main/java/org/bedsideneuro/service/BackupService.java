package org.bedsideneuro.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.persistence.CheckReport;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseException;

/**
 * Backup and restore from the window, for administrators only ("administrators manage
 * accounts, backups and restore"). The permission is checked here, below the window, on every call: the menu being
 * hidden from nurses is a convenience, not the control. The work itself is {@link Backups}, the same code as the
 * {@code backup} and {@code restore} commands.
 */
public final class BackupService {
    /** What IT does instead on a ward server (docs/it-guide.md, "The ward server"). */
    public static final String ON_SERVER = "This ward's records are on the ward server: IT backs them up there with pg_dump and"
            + " restores them with pg_restore (see \"The ward server\" in docs/it-guide.md). Nothing to do here.";

    /** The access log's detail of a backup, followed by the file written. */
    public static final String BACKUP_DETAIL = "Backup of the whole database to ";

    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());

    private final Database database;
    private final Path databaseFile;
    private final Clock clock;

    /** {@code databaseFile} is null on a ward server. */
    public BackupService(Database database, Path databaseFile, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.databaseFile = databaseFile;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The access log's detail of a restore: the backup, then where the database before it was kept. */
    public static String restoreDetail(Path backup, Path keptAside) {
        return "Restore of the whole database from " + backup.toAbsolutePath() + (keptAside != null && Files.exists(keptAside)
                ? "; the database before it is kept at " + keptAside : "; there was no database before it");
    }

    /** What a backup holds, for the confirmation: when it was taken and how many records. */
    public record BackupSummary(Path file, Instant taken, CheckReport report) {
        public long count(String table) {
            return report.counts().getOrDefault(table, 0L);
        }
    }

    public boolean onServer() {
        return database.onServer() || databaseFile == null;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** The folder of automatic backups beside the database (null on a server). */
    public Path backupFolder() {
        return databaseFile == null ? null : Backups.folderFor(databaseFile);
    }

    /** Writes a checked copy to {@code target}, owner-only; returns what it holds. */
    public BackupSummary backUp(Account by, Path target) {
        allowed(by);
        Path written = Backups.backup(database, target);
        // A backup is every patient's record leaving the database: in the access log like any export.
        database.write(s -> {
            s.accessLog().record(by.clinician(), AccessAction.EXPORT_DATA, null, BACKUP_DETAIL + written);
            return null;
        });
        return new BackupSummary(written, clock.instant(), Backups.verify(written));
    }

    /** The automatic backups beside the database, newest first. */
    public List<Backups.Automatic> automaticBackups(Account by) {
        allowed(by);
        return Backups.automaticBackups(databaseFile);
    }

    /** Checks a backup before anything is touched: ours, not newer, integrity ok. Throws with a plain message if not. */
    public BackupSummary check(Account by, Path backup) {
        allowed(by);
        CheckReport report = Backups.verify(backup);
        if (!report.healthy()) {
            throw new DatabaseException(DatabaseException.Reason.DAMAGED, backup + " fails its integrity check ("
                    + report.integrity() + "); it cannot be restored. Choose another backup.");
        }
        return new BackupSummary(backup, Backups.takenAt(backup), report);
    }

    /**
     * Restores {@code backup} over the database, which the caller has closed everywhere in this process first. The
     * current database is kept aside; returns where.
     */
    public Path restore(Account by, Path backup) {
        allowed(by);
        Path aside = Backups.restore(backup, databaseFile, clock);
        // The restored database holds the backup's access log, which cannot know of this restore: record it there, so
        // that the log read afterwards says who replaced the records and from which file.
        try (Database restored = Database.open(databaseFile, clock)) {
            restored.write(s -> {
                s.accessLog().recordRestore(by.clinician(), by.login().toString(), restoreDetail(backup, aside));
                return null;
            });
        } catch (RuntimeException e) {
            // The restore itself is done and checked; the window reopens the database next and reports any problem.
            LOG.log(System.Logger.Level.WARNING, "The restore could not be written to the access log", e);
        }
        return aside;
    }

    private void allowed(Account by) {
        Permissions.require(by, Action.BACKUP_RESTORE);
        if (onServer()) {
            throw new AccessDeniedException(ON_SERVER);
        }
    }
}
