package org.bedsideneuro.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * What differs between the databases BedsideNeuro runs on. Everything else in this package is SQL that runs
 * unchanged on SQLite and PostgreSQL (shared/engineering-notes.md, "One schema for SQLite today and PostgreSQL
 * tomorrow"): {@link SqliteDialect} and {@link PostgresDialect}.
 */
public interface Dialect {
    /** A source of connections to {@code url} with every per-connection setting applied. */
    DataSource dataSource(String url);

    /** True for errors that mean "someone else holds the lock, roll back and try the whole unit again". */
    boolean isRetryable(SQLException e);

    /** True when a UNIQUE or PRIMARY KEY constraint refused the write. */
    boolean isUniqueViolation(SQLException e);

    /**
     * What a failed statement means, in words for the person at the bedside (never a stack trace): a lost connection,
     * a full disk, a refused right, a damaged file. {@code file} is the database file, or null on a server. A busy
     * database is the retry's to explain ({@link Database}), not the dialect's.
     */
    DatabaseException explain(SQLException e, Path file);

    /** True when the connection itself was cut (the server restarted, the network dropped): worth one new connection. */
    default boolean isConnectionLost(SQLException e) {
        return false;
    }

    /** Runs the database's own consistency check and returns "ok" or its complaints. */
    String integrityCheck(Connection connection) throws SQLException;

    /** The names of the tables in the schema the app uses (to tell an empty database from someone else's). */
    List<String> tableNames(Connection connection) throws SQLException;

    /** Writes a consistent copy of the whole database to {@code target} while others may keep reading and writing. */
    void backupTo(Connection connection, Path target) throws SQLException;

    /**
     * Called inside a transaction that wrote, just before its commit, so that other laptops hear of it when it commits.
     * SQLite needs nothing (other connections see {@code PRAGMA data_version} change).
     */
    void announceChange(Connection connection) throws SQLException;

    /** Prepares a dedicated autocommit connection for {@link #awaitChange}; returns the state to compare against. */
    Object startWatching(Connection connection) throws SQLException;

    /**
     * Waits up to {@code millis} for a commit by anyone and returns the new state (equal to {@code last} when nothing
     * changed). Throws when the connection is gone, so the watcher can reconnect.
     */
    Object awaitChange(Connection connection, Object last, long millis) throws SQLException;

    String name();

    /** Where a background seal stands: its entries gone (sealed by another), the chain's lock its own, or busy. */
    enum SealTurn { GONE, MINE, BUSY }

    /**
     * The first statement of a background seal's transaction: the chain's lock, without waiting, only while entries of
     * {@code batches} are still pending; {@link SealTurn#BUSY} when another seal holds the lock (then
     * {@link #awaitSeal} and look again in a new transaction). SQLite never seals after a commit; this default serialises.
     */
    default SealTurn tryChainTurn(Connection connection, Collection<String> batches) throws SQLException {
        serialiseChain(connection);
        return SealTurn.MINE;
    }

    /** Waits until the seal holding the chain's lock (and any queued before this call) has committed. */
    default void awaitSeal(Connection connection) throws SQLException {
    }

    /**
     * Called before linking entries into the hash chain, so that links take one order (V6). SQLite needs nothing: its
     * write transactions are already serial.
     */
    default void serialiseChain(Connection connection) throws SQLException {
    }

    /**
     * True when a write queues its chain entries (chain_pending, V9) and they are linked after its commit by the
     * database's background sealer ({@link ChainSealer}), false when they are linked inside the write transaction
     * (SQLite: one writer at a time anyway).
     */
    default boolean sealsChainAfterCommit() {
        return false;
    }
}
