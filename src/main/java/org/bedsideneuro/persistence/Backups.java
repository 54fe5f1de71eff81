package org.bedsideneuro.persistence;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups of a database file: a consistent online copy, checked before it is kept; rotated automatic backups; and a
 * restore that checks the backup first and keeps the current database aside.
 */
public final class Backups {
    static final String PREFIX = "bedside-neuro-";
    static final String SUFFIX = ".db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));

    private Backups() {
    }

    /** The folder beside the database where automatic backups go. */
    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve("backups");
    }

    /**
     * Writes a checked copy of the database to {@code target}: copied to a temporary file beside it, checked with
     * the integrity check, then moved into place; readable by its owner only. A failed backup leaves no file behind.
     */
    public static Path backup(Database db, Path target) {
        if (db.onServer()) {
            throw new DatabaseException(DatabaseException.Reason.FAILED, PostgresDialect.SERVER_BACKUP);
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new IllegalArgumentException(absolute + " already exists; choose a new file name for the backup.");
        }
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            Files.createDirectories(absolute.getParent());
            Files.deleteIfExists(temp);
            db.outsideTransaction(s -> {
                db.dialect().backupTo(s.connection(), temp);
                return null;
            });
            String integrity = verify(temp).integrity();
            if (!"ok".equals(integrity)) {
                throw new DatabaseException(DatabaseException.Reason.DAMAGED, "The backup copy failed its check (" + integrity + "); it was not kept.");
            }
            ownerOnly(temp);
            move(temp, absolute);
            return absolute;
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.FAILED, "Cannot write the backup " + absolute + " (" + e.getMessage() + ").", e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing was kept; a stray .partial file is harmless and named as such
            }
        }
    }

    /** Takes an automatic backup into {@link #folderFor} and removes those the rotation no longer keeps. */
    public static Path automatic(Database db, Path databaseFile, Clock clock) {
        Path folder = folderFor(databaseFile);
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX);
        if (Files.exists(target)) {
            return target;
        }
        backup(db, target);
        rotate(folder, clock.getZone());
        return target;
    }

    /** Applies {@link BackupRotation} to the automatic backups in {@code folder}. */
    public static void rotate(Path folder, ZoneId zone) {
        List<Instant> taken = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX)).forEach(n -> {
                try {
                    taken.add(Instant.from(STAMP.parse(n.substring(PREFIX.length(), n.length() - SUFFIX.length()))));
                } catch (RuntimeException ignored) {
                    // not one of ours: leave it alone
                }
            });
            for (Instant drop : BackupRotation.standard().toDelete(taken, zone)) {
                Files.deleteIfExists(folder.resolve(PREFIX + STAMP.format(drop) + SUFFIX));
            }
        } catch (IOException e) {
            // rotation is housekeeping: a failure here must not make the backup itself fail
        }
    }

    /** Checks a file that is to be restored: a BedsideNeuro database this version can open, passing its integrity check. */
    public static CheckReport verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, file + " does not exist or is not a file.");
        }
        Database.refuseWhatIsNotOurs(file);
        Database.refuseNewerOrForeignSchema("jdbc:sqlite:" + file.toAbsolutePath(), file);
        try (Connection c = SqliteDialect.readOnly("jdbc:sqlite:" + file.toAbsolutePath()).getConnection()) {
            int version = Database.storedSchemaVersion(c);
            String integrity = new SqliteDialect().integrityCheck(c);
            return new CheckReport("SQLite", file.toString(), version, integrity, java.util.Map.of());
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.DAMAGED, file + " cannot be read as a database (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Replaces the database with a backup. The backup is checked first; the current database (with its -wal and -shm
     * files) is moved aside, never deleted. Returns where the old database was kept. No other BedsideNeuro may have the
     * database open.
     */
    public static Path restore(Path backup, Path databaseFile, Clock clock) {
        CheckReport report = verify(backup);
        if (!report.healthy()) {
            throw new DatabaseException(DatabaseException.Reason.DAMAGED,
                    backup + " fails its integrity check (" + report.integrity() + "); the current database was not touched.");
        }
        Path db = databaseFile.toAbsolutePath();
        Path aside = db.resolveSibling(db.getFileName() + ".before-restore-" + STAMP.format(clock.instant()));
        try {
            Files.createDirectories(db.getParent());
            if (Files.exists(db)) {
                // Fold the WAL into the file first so that the copy kept aside is complete on its own.
                try (Database open = Database.open(db, clock)) {
                    open.outsideTransaction(s -> {
                        try (var st = s.connection().createStatement()) {
                            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                        }
                        return null;
                    });
                }
                Files.move(db, aside);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path side = db.resolveSibling(db.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
            }
            Path temp = db.resolveSibling(db.getFileName() + ".restoring");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly(temp);
            move(temp, db);
            return aside;
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.FAILED, "The restore could not finish (" + e.getMessage()
                    + "). The previous database is kept at " + aside + ".", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Backups hold patient data: owner-only where the file system has permissions (issue #11, point 8). */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // Windows: the user's profile folder is already private
        }
    }
}
