package org.bedsideneuro.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * SQLite: WAL journal with synchronous=FULL (an acknowledged commit survives a killed process and a power cut),
 * foreign keys on for every connection (SQLite ignores them otherwise), a 5 s busy timeout, DEFERRED transactions
 * with whole-unit retry on SQLITE_BUSY (never TransactionMode.IMMEDIATE: xerial/sqlite-jdbc issue 683, see
 * shared/engineering-notes.md).
 */
public final class SqliteDialect implements Dialect {
    static final int BUSY_TIMEOUT_MS = 5_000;

    @Override
    public DataSource dataSource(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Nothing here asks for generated keys (every key is a UUID or a sequence the chain computes); left on, the
        // driver prepares and runs "SELECT last_insert_rowid()" after every INSERT, half the statements of a save.
        config.setGetGeneratedKeys(false);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    /** A connection that reads without changing anything in the file (not even the journal mode). */
    static DataSource readOnly(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    @Override
    public boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                SQLiteErrorCode code = se.getResultCode();
                if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                        || code == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT || code == SQLiteErrorCode.SQLITE_BUSY_RECOVERY
                        || code == SQLiteErrorCode.SQLITE_LOCKED_SHAREDCACHE) {
                    return true;
                }
            }
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_BUSY") || message.contains("database is locked");
    }

    /** SQLite's result codes (sqlite.org/rescode.html) as the driver words them in its messages. */
    @Override
    public DatabaseException explain(SQLException e, Path file) {
        if (file != null) {
            Optional<DatabaseException> storage = StorageProblems.explain(e, file);
            if (storage.isPresent()) {
                return storage.get();
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return new DatabaseException(DatabaseException.Reason.DAMAGED,
                    "The database file is damaged (" + message + "). Restore the last backup.", e);
        }
        return new DatabaseException(DatabaseException.Reason.FAILED, "Database error: " + message, e);
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
        }
        return false;
    }

    @Override
    public String integrityCheck(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add("foreign key broken in " + rs.getString(1) + " row " + rs.getLong(2));
            }
        }
        problems.remove("ok");
        return problems.isEmpty() ? "ok" : String.join("; ", problems);
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * SQLite's online backup API (sqlite3_backup_init/step/finish through the driver): the copy is taken page by page under one read transaction, so it is consistent while other windows keep
     * writing in WAL mode, and it never blocks them. The driver returns the result code instead of throwing, so a
     * failure becomes the SQLiteException that {@link StorageProblems} turns into plain words (full disk, read-only).
     */
    @Override
    public void backupTo(Connection connection, Path target) throws SQLException {
        int rc = connection.unwrap(SQLiteConnection.class).getDatabase()
                .backup("main", target.toAbsolutePath().toString(), null);
        if (rc != SQLiteErrorCode.SQLITE_OK.code) {
            SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(rc);
            throw new SQLiteException("[" + code.name() + "] The backup to " + target + " stopped (" + code.message + ")", code);
        }
    }

    @Override
    public void announceChange(Connection connection) {
        // Other connections notice through PRAGMA data_version: nothing to send.
    }

    @Override
    public Object startWatching(Connection connection) throws SQLException {
        return dataVersion(connection);
    }

    /** {@code PRAGMA data_version} changes on this connection whenever another connection commits: a cheap poll. */
    @Override
    public Object awaitChange(Connection connection, Object last, long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("change watcher stopped", e);
        }
        return dataVersion(connection);
    }

    private static long dataVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public String name() {
        return "SQLite";
    }
}
