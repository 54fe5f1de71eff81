package org.bedsideneuro.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that turns what the disk said into words for a ward: a folder this user may not
 * write, a full disk, a disk that fails to write. SQLite reports these as SQLITE_READONLY and SQLITE_CANTOPEN,
 * SQLITE_FULL and SQLITE_IOERR; Java as AccessDeniedException or an IOException whose text carries the system's
 * reason (ENOSPC "No space left on device", EFBIG "File too large" when a size limit is reached). Each message says
 * what happened, that nothing was changed, and what to do. The command line turns them into exit code 3 and the
 * window shows the same text (both through {@link DatabaseException}).
 */
final class StorageProblems {
    private StorageProblems() {
    }

    /** The message for an SQLite error about {@code databaseFile}'s storage, or empty when it is not about storage. */
    static Optional<DatabaseException> explain(SQLException e, Path databaseFile) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_FULL")) {
            return Optional.of(diskFull(databaseFile, e));
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")) {
            return Optional.of(readOnly(databaseFile, e));
        }
        if (message.contains("SQLITE_IOERR")) {
            return Optional.of(writeFailed(databaseFile, e));
        }
        return Optional.empty();
    }

    /** The message for a failed file operation at {@code where}, or empty when it is not about the disk or permissions. */
    static Optional<DatabaseException> explain(IOException e, Path where) {
        String text = String.valueOf(e instanceof FileSystemException fs ? fs.getReason() : e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("read-only file system")) {
            return Optional.of(readOnly(where, e));
        }
        if (text.contains("no space left") || text.contains("file too large") || text.contains("disk quota") || text.contains("not enough space")) {
            return Optional.of(diskFull(where, e));
        }
        return Optional.empty();
    }

    /** What went wrong with a file, in words: Java's own message for some of these is only the path. */
    static String reason(IOException e) {
        String what = e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                : e instanceof NoSuchFileException ? "not found"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof DirectoryNotEmptyException ? "a folder of that name is in the way"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        return e instanceof FileSystemException fs && fs.getFile() != null ? what + ": " + fs.getFile() : what;
    }

    static DatabaseException readOnly(Path file, Throwable cause) {
        return new DatabaseException(DatabaseException.Reason.READ_ONLY,
                "BedsideNeuro may not write in the folder " + folder(file) + " (it is read-only for this user, or gone). "
                        + "Nothing was saved and the database was not changed. Ask IT for write access to that folder, "
                        + "or copy the database to a folder you may write in and open it there (--db FILE).", cause);
    }

    static DatabaseException diskFull(Path file, Throwable cause) {
        return new DatabaseException(DatabaseException.Reason.DISK_FULL,
                "The disk holding " + folder(file) + " is full. Nothing was saved and the database was not changed. "
                        + "Free some space (or ask IT to), then try again.", cause);
    }

    static DatabaseException writeFailed(Path file, Throwable cause) {
        return new DatabaseException(DatabaseException.Reason.DISK_FULL,
                "The disk holding " + folder(file) + " refused a write (it may be full, removed or failing). "
                        + "Nothing was saved and the database was not changed. Free some space or check the disk, then "
                        + "try again; if it happens again, tell IT.", cause);
    }

    /**
     * A backup that could not be written to {@code target}: the same causes, said about the backup's folder (not the
     * database's), with what was kept: the database untouched and no partial backup.
     */
    static DatabaseException backupNotWritten(Path target, DatabaseException cause) {
        String why = cause.reason() == DatabaseException.Reason.READ_ONLY ? "the folder is read-only for this user"
                : "the disk is full or refused a write";
        return new DatabaseException(cause.reason(), "The backup could not be written to " + folder(target) + " (" + why
                + "). The database was not changed and no partial backup was kept. Choose a folder you may write in, "
                + "with free space, or ask IT.", cause);
    }

    private static Path folder(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.getParent() == null ? absolute : absolute.getParent();
    }
}
