package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bedsideneuro.security.PasswordHasher;

/** One open transaction, with the repositories bound to it. Only valid inside the {@link Work} it was given to. */
public final class Session implements AutoCloseable {
    private static final PasswordHasher PASSWORDS = new PasswordHasher();
    private static final int BATCH_ROWS = 1000;
    private final Connection connection;
    private final Clock clock;
    private final Dialect dialect;
    /**
     * Statements prepared once per transaction and reused: an import writes 286,000 exams, each with an
     * exam row, its findings, an audit row and two chain entries; preparing those statements anew for every exam was
     * a large part of the import's time. Closed when the transaction ends.
     */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private final FindingOrder findingOrder;

    private String chainBatch;
    private int pendingPosition;

    /** Chain entries queued by this transaction and not yet written to chain_pending (RecordChain#flushQueued). */
    private final List<PendingChainEntry> queuedChainRows = new ArrayList<>();

    /**
     * Inserts held back and sent in batches while {@link #inBatches} runs: an import writes a dose, its audit entry and
     * two chain entries for each of a five-year ward's 150,000 doses, and sent one statement at a time those were most
     * of the import's time. Keyed by SQL, in the order first used, so that rows reach the tables in the order written.
     */
    private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
    private int batchedRows;
    private boolean batching;

    private ChainHead chainHead;

    Session(Connection connection, Clock clock, Dialect dialect) {
        this(connection, clock, dialect, new FindingOrder());
    }

    /** With the database's {@link FindingOrder}, kept across its transactions (ranked once per database). */
    Session(Connection connection, Clock clock, Dialect dialect, FindingOrder findingOrder) {
        this.connection = connection;
        this.clock = clock;
        this.dialect = dialect;
        this.findingOrder = findingOrder;
    }

    FindingOrder findingOrder() {
        return findingOrder;
    }

    /** This transaction's batch in chain_pending (V9), made on first use. */
    String chainBatch() {
        if (chainBatch == null) {
            chainBatch = UUID.randomUUID().toString();
        }
        return chainBatch;
    }

    /** The next pending entry's id: the batch and a position that sorts in append order. */
    String nextPendingId() {
        return chainBatch() + "-" + String.format("%06d", pendingPosition++);
    }

    List<PendingChainEntry> queuedChainRows() {
        return queuedChainRows;
    }

    /** The batch this transaction queued chain entries under, or null when it queued none. */
    String queuedChainBatch() {
        return chainBatch;
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    /** The clock's zone: local times in messages (a signature's time, for one). */
    ZoneId zone() {
        return clock.getZone();
    }

    /**
     * The statement for {@code sql}, prepared on first use in this transaction and reused after that (parameters
     * cleared). Only for statements whose results are read to the end before the same SQL runs again.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        flushBatches();
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /**
     * Runs {@code work} with the inserts that offer themselves for batching ({@link #batching()}) held back, then sends
     * them. Meant for a run of writes that read nothing those inserts write (an import's doses, after their checks).
     * Any statement prepared through {@link #prepared} meanwhile sends the held rows first, so that it sees them.
     */
    public <T> T inBatches(Work<T> work) throws SQLException {
        boolean outer = batching;
        batching = true;
        try {
            T result = work.run(this);
            flushBatches();
            return result;
        } finally {
            batching = outer;
        }
    }

    /** True while {@link #inBatches} runs: repositories may then {@link #addBatch} their inserts. */
    boolean batching() {
        return batching;
    }

    /** Binds {@code params} to {@code sql}'s statement and holds the row back until the batch is sent. */
    void addBatch(String sql, Object... params) throws SQLException {
        PreparedStatement ps = batches.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            batches.put(sql, ps);
        }
        Sql.bind(ps, params);
        ps.addBatch();
        if (++batchedRows >= BATCH_ROWS) {
            flushBatches();
        }
    }

    /** Sends the rows held back, statement by statement in the order first used. */
    void flushBatches() throws SQLException {
        if (batchedRows == 0) {
            return;
        }
        batchedRows = 0;
        for (PreparedStatement ps : batches.values()) {
            ps.executeBatch();
        }
    }

    /** Closes the statements prepared in this transaction; the connection stays open (it is the pool's). */
    @Override
    public void close() {
        for (PreparedStatement ps : Stream.concat(statements.values().stream(), batches.values().stream()).toList()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing a statement of a transaction that is over: nothing left to lose
            }
        }
        statements.clear();
        batches.clear();
        batchedRows = 0;
    }

    /** The newest hash-chain entry this transaction wrote (seq and entry hash); see RecordChain#appendEntry. */
    record ChainHead(long seq, String entryHash) {
    }

    /** The chain entry this transaction appended last, or null before its first append. */
    ChainHead chainHead() {
        return chainHead;
    }

    void chainHead(ChainHead head) {
        this.chainHead = head;
    }

    /** The time written as "entered at" by every write in this transaction. */
    Instant now() {
        return clock.instant();
    }

    public ClinicianRepository clinicians() {
        return new ClinicianRepository(this);
    }

    public PatientRepository patients() {
        return new PatientRepository(this);
    }

    public ExamRepository exams() {
        return new ExamRepository(this);
    }

    public MedicationRepository medications() {
        return new MedicationRepository(this);
    }

    /** The medication administration record: doses given, held or refused, PCA readings, and their withdrawals (V10). */
    public AdministrationRepository administrations() {
        return new AdministrationRepository(this);
    }

    public DraftRepository drafts() {
        return new DraftRepository(this);
    }

    /** Per-patient settings such as the observation interval (V3). */
    public PatientSettingRepository patientSettings() {
        return new PatientSettingRepository(this);
    }

    /** Accounts (V4), hashing new passwords with Argon2id at OWASP's minimum. */
    public AccountRepository accounts() {
        return new AccountRepository(this, PASSWORDS);
    }

    /** Who opened, printed or exported what, and logins and locks (V5). */
    public AccessLog accessLog() {
        return new AccessLog(this);
    }

    /** The hash chain over every record (V6): appended by the repositories, verified by {@code check}. */
    public RecordChain chain() {
        return new RecordChain(this);
    }

    /** The ward's parenteral MME factors (V11): the newest choice is in force. */
    public ParenteralFactorRepository parenteralFactors() {
        return new ParenteralFactorRepository(this);
    }

    /** Where imported records came from in the hospital's EHR (V12). */
    public EhrSourceRepository ehrSources() {
        return new EhrSourceRepository(this);
    }

    /** Signatures of exam versions (V7). */
    public SignatureRepository signatures() {
        return new SignatureRepository(this);
    }

    public AuditLog audit() {
        return new AuditLog(this);
    }
}
