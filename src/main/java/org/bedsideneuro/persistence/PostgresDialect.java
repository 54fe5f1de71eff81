package org.bedsideneuro.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ward's PostgreSQL server. Every transaction is SERIALIZABLE: two laptops then behave as two
 * SQLite processes do (one wins, the other's whole unit of work is retried and sees the winner's rows), so a second
 * amendment of the same exam or a second import of the same folder is refused or skipped by the same code on both
 * databases. PostgreSQL reports the loser as 40001 (serialization failure) or 40P01 (deadlock).
 */
public final class PostgresDialect implements Dialect {
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String DISK_FULL = "53100";
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK = "40P01";
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * How long a statement may wait for the server's answer before the connection counts as lost. A
     * network that dies silently (a cable pulled, a laptop carried out of Wi-Fi) sends no error: without a bound, a save
     * would wait for the operating system to give up on the connection, a quarter of an hour, with "Saving…" on screen.
     * After it, the save fails as "cannot be reached" and the form keeps the exam on the laptop. A minute is far longer
     * than any statement takes here (rows stream; the longest statements, of a whole-ward copy or check, return their
     * first rows in seconds). IT may change it for a slow link: {@code -Dbedsideneuro.serverReadTimeoutSeconds=N}.
     */
    static final String READ_TIMEOUT_PROPERTY = "bedsideneuro.serverReadTimeoutSeconds";
    static final int READ_TIMEOUT_SECONDS = 60;

    /** The advisory lock key of the hash chain (any constant; the same for every BedsideNeuro on the ward). */
    static final long CHAIN_LOCK = 1101011;

    static final String SERVER_BACKUP = "This database is on the ward's PostgreSQL server: it is backed up on the server by IT, with"
            + " pg_dump (e.g. pg_dump -Fc -f bedside-neuro.dump DBNAME) and restored with pg_restore, not from a laptop."
            + " See \"The ward server\" in docs/it-guide.md.";

    /** The channel every BedsideNeuro on the ward listens to. Payloads stay empty: ids only would do, and near 8,000 bytes are refused (engineering notes). */
    static final String CHANNEL = "bedside_neuro_changes";

    private final String user;
    private final String password;

    PostgresDialect(String user, String password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public DataSource dataSource(String url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        if (password != null) {
            source.setPassword(password);
        }
        source.setApplicationName("BedsideNeuro");
        // A laptop that stops mid-transaction (lid closed, cable pulled) must not hold the chain's lock (a seal) for the ward:
        // the server ends such a session after a minute, far longer than any unit of work here takes.
        source.setOptions("-c default_transaction_isolation=serializable -c idle_in_transaction_session_timeout=60000");
        source.setConnectTimeout(10);
        source.setTcpKeepAlive(true); // a laptop that sleeps mid-transaction: the server notices and rolls back
        source.setSocketTimeout(Integer.getInteger(READ_TIMEOUT_PROPERTY, READ_TIMEOUT_SECONDS));
        // A batch of INSERTs (an exam's 47 findings, the seal's chain entries) goes to the server as a few multi-row
        // INSERTs instead of one statement each: on the ward server's two cores, twenty laptops saving at once spent
        // much of its time executing them one by one. Nothing here reads a batch's row counts.
        source.setReWriteBatchedInserts(true);
        return source;
    }

    @Override
    public boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se) {
                String state = se.getSQLState();
                if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state)) {
                    return true;
                }
                for (SQLException next = se.getNextException(); next != null; next = next.getNextException()) {
                    if (SERIALIZATION_FAILURE.equals(next.getSQLState()) || DEADLOCK.equals(next.getSQLState())) {
                        return true; // a batch reports the real cause as the next exception
                    }
                }
            }
        }
        return false;
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        return String.valueOf(e.getSQLState()).startsWith(CONNECTION_EXCEPTION);
    }

    /** SQLSTATE classes and codes of PostgreSQL's manual, appendix A "PostgreSQL Error Codes". */
    @Override
    public DatabaseException explain(SQLException e, Path file) {
        String message = String.valueOf(e.getMessage());
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith(CONNECTION_EXCEPTION)) {
            return new DatabaseException(DatabaseException.Reason.CANNOT_OPEN,
                    "The connection to the ward server was lost (" + message + "). Check the network and try again; a save repeated"
                            + " is recognised if the first one did arrive, never stored twice.", e);
        }
        if (state.equals(INSUFFICIENT_PRIVILEGE)) {
            return new DatabaseException(DatabaseException.Reason.FAILED,
                    "The ward server does not allow this (" + message + "). Nothing was saved; ask IT.", e);
        }
        if (state.equals(DISK_FULL)) {
            return new DatabaseException(DatabaseException.Reason.FAILED,
                    "The ward server's disk is full. Nothing was saved; tell IT.", e);
        }
        return new DatabaseException(DatabaseException.Reason.FAILED, "Database error: " + message, e);
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /**
     * PostgreSQL keeps its own pages consistent (WAL, checksums if IT enabled them); what it can check beyond that
     * needs the amcheck extension, run on every index of the schema when IT has installed it. Always checked: the
     * schema's tables are all there and no constraint was left unvalidated.
     */
    @Override
    public String integrityCheck(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> present = tableNames(connection);
        for (String table : Database.TABLES) {
            if (!present.contains(table)) {
                problems.add("table " + table + " is missing");
            }
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT conrelid::regclass::text, conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                        + " WHERE n.nspname = current_schema() AND NOT c.convalidated")) {
            while (rs.next()) {
                problems.add("constraint " + rs.getString(2) + " on " + rs.getString(1) + " is not validated");
            }
        }
        if (hasAmcheck(connection)) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT i.indexrelid::regclass::text, bt_index_check(i.indexrelid) IS NULL FROM pg_index i"
                            + " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND a.amname = 'btree'")) {
                while (rs.next()) {
                    rs.getBoolean(2); // bt_index_check raises an error on a damaged index; reaching here means it is sound
                }
            } catch (SQLException e) {
                problems.add("amcheck: " + e.getMessage());
            }
        }
        return problems.isEmpty() ? "ok" : String.join("; ", problems);
    }

    private static boolean hasAmcheck(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")) {
            return rs.next();
        }
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** A server database is backed up by IT on the server, where the files are: pg_dump, not a copy from a laptop. */
    @Override
    public void backupTo(Connection connection, Path target) {
        throw new DatabaseException(DatabaseException.Reason.FAILED, SERVER_BACKUP);
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    /**
     * Writes on the ward server queue their chain entries, linked after their commit by the background sealer (V9;
     * decision 0004).
     * Appending inside every write transaction made saves serial from the chain append to the commit's disk flush
     * (the chain's lock was held across it): twenty laptops saving at once waited for each other, p95 over a second.
     */
    @Override
    public boolean sealsChainAfterCommit() {
        return true;
    }

    /**
     * The first statement of a seal transaction: READ COMMITTED, then the chain's lock for the rest of the transaction.
     * Under SERIALIZABLE the snapshot would be taken by the lock statement itself, before the wait, so a seal that had
     * waited for another would not see that one's links and would fail ("could not serialize access"); under READ
     * COMMITTED every statement after the lock sees every seal committed before it. The lock is released by the
     * commit (after its disk flush) or by the server if the laptop's connection dies.
     */
    /**
     * One round trip: READ COMMITTED (as {@link #serialiseChain}), and {@code pg_try_advisory_xact_lock} on the chain's
     * lock taken by the look itself, only when a row of {@code batches} is still pending. Twenty laptops' sealers
     * queueing for the lock were handed it one after another, mostly to find their entries sealed already by the seal
     * before. The batches are the writers' own UUIDs, checked as such before they are put in the text.
     */
    @Override
    public SealTurn tryChainTurn(Connection connection, Collection<String> batches) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (String batch : batches) {
            in.append(in.length() == 0 ? "'" : ", '").append(UUID.fromString(batch)).append('\'');
        }
        try (Statement st = connection.createStatement()) {
            boolean rows = st.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_try_advisory_xact_lock(" + CHAIN_LOCK
                    + ") FROM chain_pending WHERE batch IN (" + in + ") LIMIT 1");
            while (!rows) { // past the SET's result to the SELECT's
                if (st.getUpdateCount() == -1) {
                    throw new SQLException("No answer to the look at chain_pending");
                }
                rows = st.getMoreResults();
            }
            try (ResultSet rs = st.getResultSet()) {
                return !rs.next() ? SealTurn.GONE : rs.getBoolean(1) ? SealTurn.MINE : SealTurn.BUSY;
            }
        }
    }

    /**
     * A shared hold of the chain's lock waits for the seal holding it and is granted to every waiter at once, unlike
     * the lock itself; released at the end of this short transaction.
     */
    @Override
    public void awaitSeal(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock_shared(" + CHAIN_LOCK + ")");
        }
    }

    @Override
    public void serialiseChain(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ")");
        }
    }

    @Override
    public void announceChange(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("NOTIFY " + CHANNEL); // delivered when, and only if, the transaction commits
        }
    }

    @Override
    public Object startWatching(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        return 0L;
    }

    /**
     * pgjdbc has no callback: poll getNotifications with a timeout on a connection of the watcher's own (a listener
     * waiting on a connection blocks every other use of it; pgjdbc issues 1144 and 2937, engineering notes).
     */
    @Override
    public Object awaitChange(Connection connection, Object last, long millis) throws SQLException {
        PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications((int) millis);
        if (notes != null && notes.length > 0) {
            // Notifications came in: the connection is alive. Checking it anyway cost a round trip per commit per laptop
            // (twenty laptops: twenty extra round trips for every save on the ward; the benchmark found it).
            return (Long) last + notes.length;
        }
        if (!connection.isValid(2)) { // a quiet minute: is the server still there? (a dropped network says nothing)
            throw new SQLException("the ward server connection was lost");
        }
        return last;
    }
}
