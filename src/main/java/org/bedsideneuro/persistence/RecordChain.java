package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;

/**
 * The hash chain over every record (V6; 21 CFR 11.10(a), (e); HIPAA 45 CFR 164.312(c)). Each
 * repository appends an entry in the same transaction as the write it covers. {@link #verify()} finds a record
 * changed, inserted or deleted outside the app, and an entry changed or removed, and names the first one. It changes
 * nothing. It is evidence of tampering by plain SQL, not proof against someone who recomputes the whole chain: for
 * that the newest entry hash would have to be kept outside the database too (printed in backups, for one).
 *
 * <p>On the ward server (PostgreSQL, V9) a write queues its entries in chain_pending, in its own
 * transaction, and is "saved" once that transaction has committed: the entries are durable there, each holding its
 * record's content hash, and {@link #verify()} checks a record against its pending entry. The database's background
 * sealer ({@link ChainSealer}) links them into the chain shortly after, one seal for every entry pending, everyone's;
 * a laptop that crashed or lost the server before its seal leaves its entries to the next seal anywhere (another
 * laptop's save, 'check', the start-up check). Saves no longer wait for their seal: before, V9 promised a save sealed
 * before "saved".
 */
public final class RecordChain {
    static final String GENESIS = "0".repeat(64);

    /** Queued entries written at once past this many (a copy to the server queues one per record). */
    private static final int FLUSH_AT = 1000;

    /** The newest entry's seq and hash, or seq 0 and the genesis hash on an empty chain: where the next entry links. */
    private static final String HEAD = "SELECT seq, entry_hash FROM record_chain ORDER BY seq DESC LIMIT 1";

    private static final String PENDING = "SELECT id, entity, entity_id, patient_id, content_hash FROM chain_pending ORDER BY queued_at, id";

    /**
     * The pending entries in seal order, each row with the newest chain entry beside it (null on an empty chain): one
     * statement for both. Every waiting laptop waits for the seal's whole transaction.
     */
    private static final String PENDING_AND_HEAD = "SELECT p.id, p.entity, p.entity_id, p.patient_id, p.content_hash, h.seq, h.entry_hash"
            + " FROM chain_pending p LEFT JOIN (" + HEAD + ") h ON 1 = 1"
            + " ORDER BY p.queued_at, p.id";
    /** Pending rows removed per DELETE: one statement for many rows, well below either database's parameter limit. */
    private static final int DELETE_CHUNK = 500;

    private final Session session;

    RecordChain(Session session) {
        this.session = session;
    }

    private record Entry(long seq, String entity, String entityId, String patientId, String contentHash, String previousHash, String entryHash) {
        String computed() {
            return hashOf(seq, entity, entityId, patientId, contentHash, previousHash);
        }
    }

    static String hashOf(long seq, String entity, String entityId, String patientId, String contentHash, String previousHash) {
        return ChainedTables.sha256(seq + "|" + entity + "|" + entityId + "|" + (patientId == null ? "" : patientId) + "|" + contentHash
                + "|" + previousHash);
    }

    /**
     * Appends an entry for the record {@code id} of {@code entity} as it is now stored, read back by its key (the copy
     * to the server; the repositories hash what they write, see {@link #write}): linked into the chain at once
     * (SQLite), or queued in chain_pending with its content hash and linked by {@link #sealPending()} after this
     * transaction commits (PostgreSQL, V9: writers on the ward do not queue behind each other's commits).
     */
    void append(String entity, String id) throws SQLException {
        ChainedTables.Hashed h = ChainedTables.one(session, ChainedTables.byEntity(entity), id);
        if (h == null) {
            throw new IllegalStateException("No " + entity + " record " + id + " to chain");
        }
        appendEntry(entity, id, h.patientId(), h.contentHash());
    }

    /**
     * Runs {@code sql}, an INSERT or UPDATE of the one record {@code id} of {@code entity}, and appends its entry,
     * hashed from the row as the statement stored it ({@link ChainedTables#write}: no read of the row again) and
     * attributed to {@code patientId}, which the caller knows (null for none). False, nothing chained, when the
     * statement wrote no row.
     */
    boolean write(String entity, String id, String patientId, String sql, Object... params) throws SQLException {
        ChainedTables.Table t = ChainedTables.byEntity(entity);
        Optional<StringBuilder> content = ChainedTables.write(session, t, sql, params);
        if (content.isEmpty()) {
            return false;
        }
        appendWritten(entity, id, patientId, ChainedTables.contentHash(t, content.get()));
        return true;
    }

    /**
     * Inserts {@code row} (column name to value, every hashed column of {@code entity}'s table) and appends its entry,
     * hashed from the values bound ({@link ChainedTables#insert}); both held back for the batch while
     * {@link Session#inBatches} runs.
     */
    void insert(String entity, String id, String patientId, Map<String, Object> row) throws SQLException {
        ChainedTables.Table t = ChainedTables.byEntity(entity);
        appendWritten(entity, id, patientId, ChainedTables.contentHash(t, ChainedTables.insert(session, t, row)));
    }

    /** Appends an entry for a record just written whose content hash the writer computed from what it stored. */
    void appendWritten(String entity, String id, String patientId, String contentHash) throws SQLException {
        appendEntry(entity, id, patientId, contentHash);
    }

    /**
     * Appends one entry after the newest. The first append of a transaction takes the chain's lock (held until the
     * transaction ends) and reads the newest entry; later appends of the same transaction continue from the entry it
     * wrote last (Session.chainHead): nobody else can append meanwhile, and an import of 286,000 exams read the head
     * twice per exam before.
     */
    private void appendEntry(String entity, String id, String patientId, String contentHash) throws SQLException {
        if (session.dialect().sealsChainAfterCommit()) {
            session.queuedChainRows().add(new PendingChainEntry(session.nextPendingId(), session.chainBatch(), entity, id, patientId,
                    contentHash, session.now().toEpochMilli()));
            if (session.queuedChainRows().size() >= FLUSH_AT) {
                flushQueued(session);
            }
            return;
        }
        Session.ChainHead head = session.chainHead();
        if (head == null) {
            session.dialect().serialiseChain(session.connection());
            head = head(session.connection());
        }
        long seq = head.seq() + 1;
        String previous = head.entryHash();
        String hash = hashOf(seq, entity, id, patientId, contentHash, previous);
        String insert = "INSERT INTO record_chain (seq, entity, entity_id, patient_id, content_hash, previous_hash, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        if (session.batching()) {
            session.addBatch(insert, seq, entity, id, patientId, contentHash, previous, hash);
        } else {
            Sql.update(session, insert, seq, entity, id, patientId, contentHash, previous, hash);
        }
        session.chainHead(new Session.ChainHead(seq, hash));
    }

    /**
     * Writes the entries this transaction queued for chain_pending (V9) as one batch: a save's exam and audit entries
     * were two round trips to the ward server, now one. Called before the commit
     * (Database#inTransaction) and before this transaction reads chain_pending itself.
     */
    static void flushQueued(Session s) throws SQLException {
        List<PendingChainEntry> rows = s.queuedChainRows();
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement ps = s.prepared("INSERT INTO chain_pending (id, batch, entity, entity_id, patient_id, content_hash, queued_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (PendingChainEntry row : rows) {
            Sql.bind(ps, row.columns());
            ps.addBatch();
        }
        ps.executeBatch();
        rows.clear();
    }

    private static Session.ChainHead head(Connection c) throws SQLException {
        return Sql.one(c, HEAD,
                rs -> new Session.ChainHead(rs.getLong(1), rs.getString(2))).orElse(new Session.ChainHead(0L, GENESIS));
    }

    /** A chain entry queued by a write transaction and not sealed yet (V9). */
    private record Pending(String id, String entity, String entityId, String patientId, String contentHash) {
    }

    private static List<Pending> pending(Connection c) throws SQLException {
        return Sql.list(c, PENDING, rs -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /**
     * Moves every pending entry, everyone's, in (queued_at, id) order, into the chain with consecutive seq and the
     * usual links, removes them from chain_pending and announces the change (the writes did not); returns how many.
     * Run in a transaction of its own that the dialect first serialises ({@link Dialect#serialiseChain}: the chain's
     * lock, and a fresh view of the chain after waiting for it), so two seals never link the same entry or the same seq.
     */
    int sealPending() throws SQLException {
        session.dialect().serialiseChain(session.connection());
        return sealSerialised();
    }

    /** {@link #sealPending()} in a transaction whose caller holds the chain's lock already ({@link Dialect#tryChainTurn}). */
    int sealPendingLocked() throws SQLException {
        return sealSerialised();
    }

    private int sealSerialised() throws SQLException {
        Connection c = session.connection();
        Session.ChainHead[] head = {new Session.ChainHead(0L, GENESIS)};
        List<Pending> waiting = Sql.list(c, PENDING_AND_HEAD, rs -> {
            long newest = rs.getLong(6);
            if (!rs.wasNull()) {
                head[0] = new Session.ChainHead(newest, rs.getString(7));
            }
            return new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
        });
        if (waiting.isEmpty()) {
            return 0;
        }
        long seq = head[0].seq();
        String previous = head[0].entryHash();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO record_chain (seq, entity, entity_id, patient_id,"
                + " content_hash, previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Pending p : waiting) {
                seq++;
                String hash = hashOf(seq, p.entity(), p.entityId(), p.patientId(), p.contentHash(), previous);
                Sql.bind(insert, seq, p.entity(), p.entityId(), p.patientId(), p.contentHash(), previous, hash);
                insert.addBatch();
                previous = hash;
            }
            insert.executeBatch();
        }
        for (int from = 0; from < waiting.size(); from += DELETE_CHUNK) {
            List<Pending> chunk = waiting.subList(from, Math.min(waiting.size(), from + DELETE_CHUNK));
            Sql.update(c, "DELETE FROM chain_pending WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    chunk.stream().map(Pending::id).toArray());
        }
        // The writes whose entries these are did not announce themselves on the ward server (Database.announcedBySeal):
        // every seal that links entries tells the other laptops, whoever runs it (a sealer, 'check', the start-up check).
        session.dialect().announceChange(c);
        return waiting.size();
    }

    /** How many entries wait in chain_pending (0 on SQLite, which never queues). */
    public long pendingCount() throws SQLException {
        flushQueued(session);
        return Sql.one(session.connection(), "SELECT COUNT(*) FROM chain_pending", rs -> rs.getLong(1)).orElse(0L);
    }

    /** True when nothing has been chained yet. */
    boolean isEmpty() throws SQLException {
        return Sql.one(session.connection(), "SELECT COUNT(*) FROM record_chain", rs -> rs.getLong(1)).orElse(0L) == 0;
    }

    /**
     * Seals the records already there when the chain starts (the upgrade to V6): one entry each, in table order.
     * Called only by the migration step that created the table, never later, so a row slipped in afterwards stays
     * unchained and {@link #verify()} names it.
     */
    int sealExisting() throws SQLException {
        int sealed = 0;
        for (ChainedTables.Table t : ChainedTables.TABLES) {
            for (Map.Entry<String, ChainedTables.Hashed> e : ChainedTables.hashes(session.connection(), t).entrySet()) {
                appendEntry(t.entity(), e.getKey(), e.getValue().patientId(), e.getValue().contentHash());
                sealed++;
            }
        }
        return sealed;
    }

    /**
     * The packed findings (V8) are what the app reads, the finding rows what the chain seals: an exam whose packed
     * text is not its findings packed again was changed outside the app, though its chain entry still holds. Each exam
     * is compared as the tamper check's own stream of exams and findings goes by ({@link ChainedTables#eachExamHash}),
     * nothing gathered and nothing read twice.
     */
    private static final class PackedCheck implements ChainedTables.ExamFindingsVisitor {
        private final List<ChainProblem> problems;
        /** Finding lines parsed so far: the same few hundred lines repeat; free-text notes may not, hence the bound. */
        private final Map<String, Finding> parsed = new HashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        PackedCheck(List<ChainProblem> problems) {
            this.problems = problems;
        }

        @Override
        public void visit(String examId, String patientId, String packed, List<String[]> rows) {
            if (packed == null) {
                return; // no packed copy to disagree (none is left after V8 fills them)
            }
            findings.clear();
            for (String[] r : rows) {
                findings.add(finding(r[0], r[1], r[2], r[3]));
            }
            if (!PackedFindings.pack(findings).equals(packed)) {
                problems.add(new ChainProblem("has packed findings that differ from its findings (changed outside the app)", "exam",
                        examId, patientId, 0));
            }
        }

        private Finding finding(String code, String side, String value, String note) {
            String line = code + '\t' + side + '\t' + value + '\t' + note;
            Finding f = parsed.get(line);
            if (f == null) {
                f = Finding.parse(FindingCode.byCode(code)
                        .orElseThrow(() -> new IllegalStateException("unknown finding code in database")), side, value, note);
                if (parsed.size() < 10_000) {
                    parsed.put(line, f);
                }
            }
            return f;
        }
    }

    /**
     * The first problem, in chain order, or empty when every record and entry is as the app wrote it. Entries still
     * pending (V9) count as the newest entry of their record; that they wait is not reported here (see
     * {@link #pendingCount()}).
     */
    public Optional<ChainProblem> verify() throws SQLException {
        flushQueued(session);
        Connection c = session.connection();
        // Checked row by row as they are read, not gathered into a list first: the check runs at every start, and on a
        // five-year ward every entry held at once, each with its two link hashes, was the app's peak memory.
        ChainProblem[] broken = {null};
        String[] previous = {GENESIS};
        long[] expected = {1};
        Map<String, String> entities = new HashMap<>();
        Map<String, Entry> newest = new HashMap<>();
        Sql.list(c, "SELECT seq, entity, entity_id, patient_id, content_hash, previous_hash, entry_hash FROM record_chain ORDER BY seq", rs -> {
            if (broken[0] != null) {
                return null; // the first problem in chain order is the one reported
            }
            Entry e = new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
            if (e.seq() != expected[0]) {
                broken[0] = new ChainProblem("follows a removed chain entry", e.entity(), e.entityId(), e.patientId(), e.seq());
            } else if (!e.previousHash().equals(previous[0]) || !e.entryHash().equals(e.computed())) {
                broken[0] = new ChainProblem("has a chain entry changed outside the app", e.entity(), e.entityId(), e.patientId(), e.seq());
            } else {
                previous[0] = e.entryHash();
                expected[0]++;
                // Kept without its links (only its content hash is compared below), its entity name shared.
                String entity = entities.computeIfAbsent(e.entity(), name -> name);
                newest.put(entity + "\u0000" + e.entityId(), new Entry(e.seq(), entity, e.entityId(), e.patientId(), e.contentHash(), null, null));
            }
            return null;
        });
        if (broken[0] != null) {
            return Optional.of(broken[0]);
        }
        // Entries queued and not sealed yet (V9, PostgreSQL) are newer than every sealed one: a record's pending entry,
        // if any, is what the record must match now, so a record changed before its seal is still found. They carry no
        // link yet and are reported with seq 0; their waiting is not a problem ('check' seals them first when it can).
        for (Pending p : pending(c)) {
            newest.put(p.entity() + "\u0000" + p.entityId(), new Entry(0, p.entity(), p.entityId(), p.patientId(), p.contentHash(), null, null));
        }
        List<ChainProblem> problems = new ArrayList<>();
        List<ChainProblem> packedProblems = new ArrayList<>();
        for (ChainedTables.Table t : ChainedTables.TABLES) {
            // Each record compared as its rows stream by, none kept (see ChainedTables.eachHash).
            ChainedTables.HashVisitor compare = (id, stored) -> {
                Entry e = newest.remove(t.entity() + "\u0000" + id);
                if (e == null) {
                    problems.add(new ChainProblem("was inserted outside the app", t.entity(), id, stored.patientId(), 0));
                } else if (!e.contentHash().equals(stored.contentHash())) {
                    problems.add(new ChainProblem("was changed outside the app", t.entity(), id, e.patientId(), e.seq()));
                }
            };
            if (t.entity().equals("exam")) {
                ChainedTables.eachExamHash(c, compare, new PackedCheck(packedProblems));
            } else {
                ChainedTables.eachHash(c, t, compare);
            }
        }
        for (Entry gone : newest.values()) {
            problems.add(new ChainProblem("was deleted outside the app", gone.entity(), gone.entityId(), gone.patientId(), gone.seq()));
        }
        problems.addAll(packedProblems); // after the chain's own: a record the chain names comes first, as before
        // The first affected record: the earliest chain entry; a record without one comes after all others.
        return problems.stream().min(Comparator.comparingLong(p -> p.seq() == 0 ? Long.MAX_VALUE : p.seq()));
    }
}
