package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Each of SQLite's storage errors, and the system's, gets its plain message. The real refusals are
 * in {@code app.StorageFailuresTest}; this covers the codes a test machine cannot easily produce (SQLITE_FULL needs
 * ENOSPC, which {@code ulimit -f} does not give).
 */
class StorageProblemsTest {
    private final Path file = Path.of("/ward/ward.db");

    private static SQLException sqlite(String text) {
        return new SQLException(text);
    }

    @Test
    void sqliteStorageCodesBecomePlainMessagesAndOthersAreLeftToTheCaller() {
        assertThat(StorageProblems.explain(sqlite("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"), file))
                .hasValueSatisfying(e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseException.Reason.DISK_FULL);
                    assertThat(e.getMessage()).isEqualTo("The disk holding /ward is full. Nothing was saved and the database was not changed. "
                            + "Free some space (or ask IT to), then try again.");
                });
        assertThat(StorageProblems.explain(sqlite("[SQLITE_READONLY_DIRECTORY] Process does not have permission"), file))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.READ_ONLY));
        assertThat(StorageProblems.explain(sqlite("[SQLITE_READONLY] Attempt to write a readonly database"), file))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).startsWith("BedsideNeuro may not write in the folder /ward ")
                        .contains("Ask IT for write access"));
        assertThat(StorageProblems.explain(sqlite("[SQLITE_CANTOPEN] Unable to open the database file"), file))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.READ_ONLY));
        assertThat(StorageProblems.explain(sqlite("[SQLITE_IOERR_WRITE] I/O error in the VFS layer (disk I/O error)"), file))
                .hasValueSatisfying(e -> assertThat(e.getMessage()).startsWith("The disk holding /ward refused a write (it may be full"));
        assertThat(StorageProblems.explain(sqlite("[SQLITE_CONSTRAINT] UNIQUE constraint failed"), file)).isEmpty();
        assertThat(StorageProblems.explain(sqlite("[SQLITE_CORRUPT] database disk image is malformed"), file)).isEmpty();
    }

    @Test
    void fileSystemErrorsBecomePlainMessages() {
        assertThat(StorageProblems.explain(new AccessDeniedException("/ward/backups"), file))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.READ_ONLY));
        assertThat(StorageProblems.explain(new FileSystemException("/ward/x", null, "No space left on device"), file))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.DISK_FULL));
        assertThat(StorageProblems.explain(new IOException("File too large"), file))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.DISK_FULL));
        assertThat(StorageProblems.explain(new FileSystemException("/ward", null, "Read-only file system"), file))
                .hasValueSatisfying(e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.READ_ONLY));
        assertThat(StorageProblems.explain(new IOException("Connection reset"), file)).isEmpty();
        assertThat(StorageProblems.reason(new FileAlreadyExistsException("/ward/backups")))
                .isEqualTo("a file of that name is in the way: /ward/backups");
    }
}
