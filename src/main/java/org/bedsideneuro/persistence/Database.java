package org.bedsideneuro.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The BedsideNeuro database: opens (and creates) the file, refuses what it must not touch, migrates the schema,
 * and runs units of work in transactions. One connection per thread; every unit of work is one transaction,
 * retried as a whole when another process holds the lock. On the ward server one more thread, the background sealer
 * ({@link ChainSeals}), links the chain entries the writes queued, on a connection of its own. What it refuses to
 * open is {@link SchemaGate}'s.
 */
public final class Database implements AutoCloseable {
    /** The schema version this build writes; the highest V&lt;n&gt; migration in resources (a test keeps them equal). */
    public static final int SCHEMA_VERSION = 12;
    static final String MIGRATIONS = "classpath:org/bedsideneuro/persistence/db";
    // 60 attempts: about 9 s of retrying (pauses up to 200 ms). A SQLite unit of work that reads before it writes gets
    // SQLITE_BUSY at once, without the busy timeout, while another process writes; 20 attempts (about 1 s) let a fast
    // writer in another process starve it (CrashAndContentionTest, once writes got faster).
    private static final int MAX_ATTEMPTS = 60;
    private static final String SQLITE_URL = "jdbc:sqlite:";

    /** Tables of the schema, for counts in {@link #check()}. */
    static final List<String> TABLES = List.of("patient", "clinician", "exam", "finding", "exam_void", "medication_order", "audit_log", "draft", "patient_setting", "account", "access_log", "record_chain", "exam_signature", "exam_packed_findings", "chain_pending", "administration", "administration_void", "parenteral_factor_choice", "ehr_source");

    /**
     * Flyway reports every step through java.util.logging at INFO; a nurse's terminal and the command line's stderr
     * should carry only what matters. Held in a field: JUL keeps loggers weakly and would forget the level.
     */
    private static final Logger FLYWAY_LOG = quietFlyway();

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** How long {@link #close()} waits for the sealer: entries it cannot seal by then stay pending for the next seal. */
    private static final Duration CLOSE_SEAL_WAIT = Duration.ofSeconds(5);

    /** How long {@link #check()} waits for this database's own entries to be linked before counting. */
    private static final Duration CHECK_SEAL_WAIT = Duration.ofSeconds(10);

    /** Idle this long, a server connection is checked before use. */
    private static final long IDLE_CHECK_NANOS = 5_000_000_000L;

    /** The migration that creates the hash chain. */
    private static final String CHAIN_VERSION = "6";
    /** The migration that creates the packed findings. */
    private static final String PACKED_FINDINGS_VERSION = "8";

    private final String url;
    private final Dialect dialect;
    private final DataSource dataSource;
    private final Clock clock;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final List<Connection> opened = new ArrayList<>();
    private volatile boolean closed;

    /** How this database sorts finding keys, for exam hashes (ranked on first use, kept while it is open). */
    private final FindingOrder findingOrder = new FindingOrder();

    /**
     * Links the entries queued by this database's writes into the chain, after their commit, in the background (ward
     * server, V9): a save is "saved" once its own transaction has committed; its entries are
     * durable in chain_pending meanwhile, covered by their content hash, which verification checks as pending.
     */
    private final ChainSeals seals;
    private final ThreadLocal<long[]> lastUse = ThreadLocal.withInitial(() -> new long[] {System.nanoTime()});

    private Database(String url, Dialect dialect, Clock clock) {
        this.url = url;
        this.dialect = dialect;
        this.dataSource = dialect.dataSource(url);
        this.clock = clock;
        this.seals = new ChainSeals(dialect, clock, this::connection);
    }

    private static Logger quietFlyway() {
        Logger log = Logger.getLogger("org.flywaydb");
        log.setLevel(Level.WARNING);
        return log;
    }

    /** Opens the SQLite file (creating it and its folder if missing), checks it, and brings its schema up to date. */
    public static Database open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        SchemaGate.refuseWhatIsNotOurs(absolute);
        String url = "jdbc:sqlite:" + absolute;
        boolean upToDate = false;
        if (Files.exists(absolute)) {
            upToDate = SchemaGate.refuseNewerOrForeignSchema(url, absolute) == SCHEMA_VERSION;
        } else {
            try {
                Files.createDirectories(absolute.getParent());
            } catch (IOException e) {
                throw StorageProblems.explain(e, absolute).orElseGet(() -> new DatabaseException(DatabaseException.Reason.CANNOT_OPEN,
                        "Cannot create the folder " + absolute.getParent() + " for the database (" + e.getMessage()
                                + "). Choose another location with --db, or ask IT for write access.", e));
            }
        }
        Database db = new Database(url, new SqliteDialect(), clock);
        if (upToDate) {
            // Already at this build's schema version (read above): nothing to migrate. Starting Flyway to find that out
            // cost about a second of a cold start; migrations are append-only, so the version says it all.
            return db;
        }
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the database at {@code location}: an SQLite file as {@link #open(Path, Clock)} does, or a database on the
     * ward's PostgreSQL server, with the same refusals (a newer schema, someone else's tables) read without writing,
     * then the same migrations. A password the server wants comes from PGPASSWORD or ~/.pgpass, else from {@code prompt}.
     */
    public static Database open(DatabaseLocation location, Clock clock, PasswordPrompt prompt) {
        if (location instanceof DatabaseLocation.SqliteFile file) {
            return open(file.file(), clock);
        }
        DatabaseLocation.PostgresServer server = (DatabaseLocation.PostgresServer) location;
        String home = System.getProperty("user.home");
        PostgresDialect dialect = PostgresLogin.login(server, prompt, System.getenv(), home == null ? null : Path.of(home));
        String url = server.jdbcUrl();
        int stored;
        try (Connection c = dialect.dataSource(url).getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true); // the refusals below must not change a database they refuse
            stored = SchemaGate.refuseNewerOrForeignSchema(c, dialect, "The database " + server.describe());
            c.rollback();
        } catch (SQLException e) {
            throw PostgresLogin.explain(server, e);
        }
        Database db = new Database(url, dialect, clock);
        if (stored == SCHEMA_VERSION) {
            // As for a file: already at this build's version, so no Flyway run (most of a second per laptop start, and
            // twenty laptops starting at shift change would each take the migration lock just to find nothing to do).
            return db;
        }
        try {
            db.migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** {@link #open(DatabaseLocation, Clock, PasswordPrompt)} asking no one: for batch jobs and tests. */
    public static Database open(DatabaseLocation location, Clock clock) {
        return open(location, clock, PasswordPrompt.NONE);
    }

    /** True when this is a database on a server (backed up there by IT, not by the app). */
    public boolean onServer() {
        return dialect instanceof PostgresDialect;
    }

    public Clock clock() {
        return clock;
    }

    public String url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction that writes; retried as a whole while another process holds the lock. */
    public <T> T write(Work<T> work) {
        return inTransaction(work, true);
    }

    /** Runs {@code work} in one transaction that reads a consistent snapshot. */
    public <T> T read(Work<T> work) {
        return inTransaction(work, false);
    }

    /**
     * Tells {@code listener} whenever anyone commits to this database (this process, another window, another laptop),
     * polling about every {@code pollMillis}. Close the returned watcher to stop.
     */
    public ChangeWatcher watchChanges(ChangeListener listener, long pollMillis) {
        return new ChangeWatcher(dataSource, dialect, listener, pollMillis);
    }

    private <T> T inTransaction(Work<T> work, boolean announce) {
        boolean reconnected = false;
        for (int attempt = 1; ; attempt++) {
            Connection c = connection();
            // True while repeating the unit on a new connection cannot write anything twice: a read, or a write whose
            // commit was not sent yet (a connection cut before it means the server rolled the transaction back).
            boolean safeToRepeat = true;
            Session session = new Session(c, clock, dialect, findingOrder);
            T result;
            try {
                c.setAutoCommit(false);
                result = work.run(session);
                RecordChain.flushQueued(session);
                if (announce) {
                    if (!announcedBySeal(session)) {
                        dialect.announceChange(c);
                    }
                    safeToRepeat = false;
                }
                c.commit();
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (dialect.isRetryable(e) && attempt < MAX_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                if (safeToRepeat && !reconnected && dialect.isConnectionLost(e)) {
                    // This thread's connection was cut (the server restarted, the network came back): once, on a new one.
                    reconnected = true;
                    closeQuietly(c);
                    continue;
                }
                throw translate(e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                session.close(); // the transaction's prepared statements; its queued chain batch is kept for the sealer
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    closeQuietly(c); // unusable; the next unit of work opens a new connection
                }
            }
            if (session.queuedChainBatch() != null) {
                seals.request(session.queuedChainBatch()); // linked in the background; the save is committed and returns now
            }
            return result;
        }
    }

    /**
     * True when the seal that links this write's chain entries tells the other laptops instead of the write itself
     * (ward server). A NOTIFY in a save made every concurrent save's commit queue behind PostgreSQL's notification lock,
     * which is held until the commit is on disk, so twenty laptops' commits were flushed one at a time instead of
     * together, and every save woke every laptop. One seal covers every save of its moment; the
     * others hear of them within the sealer's linger, inside the two seconds the ward server promises (docs/it-guide.md).
     */
    private boolean announcedBySeal(Session session) {
        return dialect.sealsChainAfterCommit() && session.queuedChainBatch() != null;
    }

    /**
     * Waits until every chain entry this database's writes queued before the call is linked into the chain, at most
     * {@code limit}; true when it is (at once on SQLite, which links inside the write). For {@link #close()} and tests;
     * a save never waits for it.
     */
    public boolean awaitSealed(Duration limit) {
        return seals.awaitSealed(limit);
    }

    /**
     * Seals every chain entry still pending (on PostgreSQL, entries not yet linked by a sealer, or left by a laptop
     * that crashed or lost the server; V9) and returns how many, now, on the caller's thread; 0 on SQLite, which
     * links entries inside the write. Used by 'check', the start-up check, copy-to and the upgrade that creates the chain.
     * Throws {@link DatabaseException} when it cannot (the entries then stay pending and are verified as pending).
     */
    public int sealChain() {
        if (!dialect.sealsChainAfterCommit()) {
            return 0;
        }
        try {
            return seals.sealNow(connection());
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs {@code work} outside a transaction, for the few statements SQLite refuses inside one (the online backup,
     * checkpoints). Not retried: these statements wait on the busy timeout themselves.
     */
    <T> T outsideTransaction(Work<T> work) {
        Connection c = connection();
        try {
            c.setAutoCommit(true);
            try (Session session = new Session(c, clock, dialect)) {
                T result = work.run(session);
                RecordChain.flushQueued(session);
                if (session.queuedChainBatch() != null) {
                    seals.request(session.queuedChainBatch()); // autocommit: the entries are committed already
                }
                return result;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Schema version, the database's own integrity check and row counts. */
    public CheckReport check() {
        // This database's own saves counted as linked, not caught between chain_pending and record_chain while its
        // background sealer moves them (V9 on the ward server; at once on SQLite). A sealer that cannot finish (the
        // server gone) delays the report by at most this much; the counts are then as they stand.
        awaitSealed(CHECK_SEAL_WAIT);
        return read(s -> {
            Connection c = s.connection();
            String integrity = dialect.integrityCheck(c);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return new CheckReport(dialect.name(), url, SchemaGate.storedSchemaVersion(c), integrity, counts);
        });
    }

    private Connection connection() {
        if (closed) {
            throw new IllegalStateException("The database is closed");
        }
        Connection c = connections.get();
        try {
            if (c != null && staleAfterIdle(c)) {
                closeQuietly(c);
                c = null;
            }
            if (c == null || c.isClosed()) {
                c = dataSource.getConnection();
                connections.set(c);
                synchronized (opened) {
                    opened.add(c);
                }
            }
            return c;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * A ward-server connection left idle may have been cut meanwhile (the server restarted, the laptop changed
     * network): one round trip finds out before a unit of work fails on it, so the first save after the server is back
     * succeeds instead of reporting a lost connection. Busy connections are not checked: the
     * benchmark's saves pay nothing.
     */
    private boolean staleAfterIdle(Connection c) throws SQLException {
        long[] last = lastUse.get();
        long now = System.nanoTime();
        boolean idle = now - last[0] > IDLE_CHECK_NANOS;
        last[0] = now;
        return onServer() && idle && !c.isClosed() && !c.isValid(2);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already broken; a new connection replaces it
        }
    }

    private void migrate() {
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            boolean chainCreatedNow = result.migrations.stream().anyMatch(m -> CHAIN_VERSION.equals(m.version));
            if (chainCreatedNow) {
                // The records already there are sealed once, by the migration run that created the chain (V6).
                write(s -> s.chain().sealExisting());
                sealChain(); // and linked now, on the ward server, not left to the background seal: the upgrade ends sealed
            }
            if (result.migrations.stream().anyMatch(m -> PACKED_FINDINGS_VERSION.equals(m.version))) {
                // The exams already there get their packed findings once, by the migration run that created the table (V8).
                write(s -> s.exams().packMissing());
            }
        } catch (FlywayException e) {
            // A folder it may not write in or a full disk is said as such, not as a schema problem.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && file() != null) {
                    Optional<DatabaseException> storage = StorageProblems.explain(sql, file());
                    if (storage.isPresent()) {
                        throw storage.get();
                    }
                }
            }
            throw new DatabaseException(DatabaseException.Reason.FAILED,
                    "The database schema could not be brought up to date (" + e.getMessage()
                            + "). Nothing was changed; restore the last backup or ask IT.", e);
        }
    }

    private DatabaseException translate(SQLException e) {
        if (dialect.isRetryable(e)) {
            return new DatabaseException(DatabaseException.Reason.FAILED,
                    "The database stayed busy (another BedsideNeuro is writing to it). Nothing was saved; try again.", e);
        }
        return dialect.explain(e, file());
    }

    /** The database file, or null on a server. */
    private Path file() {
        return url.startsWith(SQLITE_URL) ? Path.of(url.substring(SQLITE_URL.length())) : null;
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // nothing more can be done; the transaction is gone with the connection
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(200, 5L * attempt) + ThreadLocalRandom.current().nextInt(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes every connection, after waiting (at most a few seconds) for the background seal of what this database
     * queued, so that a laptop closed normally leaves nothing unsealed; what is left (the server is gone) stays pending
     * and is sealed by the next seal anywhere.
     */
    @Override
    public void close() {
        if (!closed && dialect.sealsChainAfterCommit() && !awaitSealed(CLOSE_SEAL_WAIT)) {
            LOG.log(System.Logger.Level.WARNING, "Closed with hash chain entries still pending; the next seal on the ward server links them.");
        }
        seals.stop();
        closed = true;
        synchronized (opened) {
            for (Connection c : opened) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing; nothing to recover
                }
            }
            opened.clear();
        }
    }
}
