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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            try {
                db.outsideTransaction(s -> {
                    db.dialect().backupTo(s.connection(), temp);
                    return null;
                });
            } catch (DatabaseException e) {
                if (e.reason() == DatabaseException.Reason.DISK_FULL || e.reason() == DatabaseException.Reason.READ_ONLY) {
                    throw StorageProblems.backupNotWritten(absolute, e);
                }
                throw e;
            }
            String integrity = verify(temp).integrity();
            if (!"ok".equals(integrity)) {
                throw new DatabaseException(DatabaseException.Reason.DAMAGED, "The backup copy failed its check (" + integrity + "); it was not kept.");
            }
            ownerOnly(temp);
            move(temp, absolute);
            return absolute;
        } catch (IOException e) {
            DatabaseException plain = StorageProblems.explain(e, absolute).orElse(null);
            if (plain != null) {
                throw StorageProblems.backupNotWritten(absolute, plain);
            }
            throw new DatabaseException(DatabaseException.Reason.FAILED, "Cannot write the backup " + absolute + " (" + StorageProblems.reason(e) + ").", e);
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

    /** An automatic backup in the folder beside the database, and when it was taken (from its name). */
    public record Automatic(Path file, Instant taken) {
    }

    /** The automatic backups beside {@code databaseFile}, newest first; none when the folder does not exist yet. */
    public static List<Automatic> automaticBackups(Path databaseFile) {
        Path folder = folderFor(databaseFile);
        List<Automatic> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> stampOf(p).ifPresent(t -> found.add(new Automatic(p, t))));
        } catch (IOException e) {
            return found; // a folder that cannot be listed offers nothing; "choose a file…" still works
        }
        found.sort(Comparator.comparing(Automatic::taken).reversed());
        return found;
    }

    /** When a backup was taken: from the name of an automatic backup, else the file's last change. */
    public static Instant takenAt(Path file) {
        return stampOf(file).orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(file).toInstant();
            } catch (IOException e) {
                throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, "Cannot read " + file + " (" + e.getMessage() + ").", e);
            }
        });
    }

    private static Optional<Instant> stampOf(Path file) {
        String n = file.getFileName().toString();
        if (!n.startsWith(PREFIX) || !n.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(n.substring(PREFIX.length(), n.length() - SUFFIX.length()))));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * Checks a file that is to be restored: a BedsideNeuro database this version can open, passing its integrity check.
     * Reads only; the report carries the row counts so that the person restoring can see what the backup holds.
     */
    public static CheckReport verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, file + " does not exist or is not a file.");
        }
        SchemaGate.refuseWhatIsNotOurs(file);
        SchemaGate.refuseNewerOrForeignSchema("jdbc:sqlite:" + file.toAbsolutePath(), file);
        try (Connection c = SqliteDialect.readOnly("jdbc:sqlite:" + file.toAbsolutePath()).getConnection()) {
            SqliteDialect dialect = new SqliteDialect();
            int version = SchemaGate.storedSchemaVersion(c);
            String integrity = dialect.integrityCheck(c);
            Map<String, Long> counts = new LinkedHashMap<>();
            List<String> present = dialect.tableNames(c);
            for (String table : Database.TABLES) {
                if (present.contains(table)) { // an older schema lacks the newer tables
                    try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            return new CheckReport("SQLite", file.toString(), version, integrity, counts);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Reason.DAMAGED, file + " cannot be read as a database (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Replaces the database with a backup. The backup is checked first; the current database (with its -wal and -shm
     * files) is moved aside, never deleted. Returns where the old database was kept. If the restore fails halfway, the
     * current database is moved back, so the ward is as it was. No other BedsideNeuro may have the database open.
     */
    public static Path restore(Path backup, Path databaseFile, Clock clock) {
        CheckReport report = verify(backup);
        if (!report.healthy()) {
            throw new DatabaseException(DatabaseException.Reason.DAMAGED,
                    backup + " fails its integrity check (" + report.integrity() + "); the current database was not touched.");
        }
        Path db = databaseFile.toAbsolutePath();
        Path aside = db.resolveSibling(db.getFileName() + ".before-restore-" + STAMP.format(clock.instant()));
        Path temp = db.resolveSibling(db.getFileName() + ".restoring");
        List<Path[]> moved = new ArrayList<>();
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
                // The last connection to close removes the WAL; if it is still there, someone else has the database
                // open (another window, the command line) and would go on writing into the copy kept aside.
                if (Files.exists(db.resolveSibling(db.getFileName() + "-wal"))) {
                    throw new DatabaseException(DatabaseException.Reason.FAILED, "Another BedsideNeuro (a window or the command line)"
                            + " still has " + db + " open. Close it first, then restore again");
                }
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Path side = db.resolveSibling(db.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Path to = aside.resolveSibling(aside.getFileName() + suffix);
                        Files.move(side, to);
                        moved.add(new Path[] {side, to});
                    }
                }
            }
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            ownerOnly(temp);
            move(temp, db);
            return aside;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            boolean putBack = putBack(moved);
            String what = e instanceof DatabaseException de ? de.getMessage() : e instanceof IOException io ? StorageProblems.reason(io) : String.valueOf(e.getMessage());
            DatabaseException.Reason reason = e instanceof DatabaseException de ? de.reason()
                    : e instanceof IOException io ? StorageProblems.explain(io, db).map(DatabaseException::reason).orElse(DatabaseException.Reason.FAILED)
                    : DatabaseException.Reason.FAILED;
            throw new DatabaseException(reason, "The restore could not finish (" + what + "). "
                    + (moved.isEmpty() ? "The current database was not touched."
                    : putBack ? "The current database was put back as it was; nothing was lost."
                    : "The current database is kept, complete, at " + aside + "; ask IT to put it back."), e);
        }
    }

    /** Moves files kept aside back where they were; false if any could not be. */
    private static boolean putBack(List<Path[]> moved) {
        boolean all = true;
        for (Path[] m : moved) {
            try {
                Files.move(m[1], m[0], StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                all = false;
            }
        }
        return all;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray ".restoring" file is named as such and harmless
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Backups hold patient data: owner-only where the file system has permissions. */
    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // Windows: the user's profile folder is already private
        }
    }
}
