package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The seals of one open {@link Database} (ward server, V9): what links the chain entries its
 * writes queued into the hash chain after their commit. In the background through its {@link ChainSealer} (one thread,
 * its own connection), or now on the caller's connection ({@link #sealNow}). On SQLite, which links entries inside the
 * write, nothing is ever requested and waiting returns at once.
 */
final class ChainSeals {
    /** How long a save's seal waits for the saves of the same moment to share it ({@link ChainSealer}). */
    private static final Duration LINGER = Duration.ofMillis(500);

    private final Dialect dialect;
    private final Clock clock;
    /** The calling thread's connection (the database keeps one per thread): the sealer's thread gets its own. */
    private final Supplier<Connection> connections;
    private final ChainSealer sealer;

    ChainSeals(Dialect dialect, Clock clock, Supplier<Connection> connections) {
        this.dialect = dialect;
        this.clock = clock;
        this.connections = connections;
        this.sealer = new ChainSealer("BedsideNeuro chain sealer", this::sealInBackground, LINGER);
    }

    /** The chain entries of {@code batch}, committed, are to be linked in the background. */
    void request(String batch) {
        sealer.request(batch);
    }

    /** True once every entry requested before the call is linked, waiting at most {@code limit}. */
    boolean awaitSealed(Duration limit) {
        try {
            return sealer.awaitSealed(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop() {
        sealer.stop();
    }

    /**
     * One seal transaction on {@code c}: every pending chain entry, everyone's, linked into the chain; returns how
     * many. The dialect serialises seals on the chain's lock, so two never link the same entry or seq.
     */
    int sealNow(Connection c) throws SQLException {
        try {
            c.setAutoCommit(false);
            int sealed = new RecordChain(new Session(c, clock, dialect)).sealPending(); // announces what it links
            c.commit();
            return sealed;
        } catch (SQLException | RuntimeException e) {
            Database.rollbackQuietly(c);
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                Database.closeQuietly(c);
            }
        }
    }

    /**
     * One seal by the sealer's thread, on its own connection, unless another laptop's seal has taken {@code batches}
     * already: while another seal holds the chain's lock, wait for it with every other waiter, then look again.
     * A connection that failed is replaced for the retry.
     */
    private void sealInBackground(Set<String> batches) throws SQLException {
        Connection c = connections.get();
        try {
            c.setAutoCommit(false);
            while (true) {
                Dialect.SealTurn turn = dialect.tryChainTurn(c, batches);
                if (turn == Dialect.SealTurn.BUSY) {
                    dialect.awaitSeal(c);
                    c.commit();
                    continue;
                }
                if (turn == Dialect.SealTurn.MINE) {
                    new RecordChain(new Session(c, clock, dialect)).sealPendingLocked(); // announces what it links
                }
                c.commit();
                break;
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            Database.rollbackQuietly(c);
            if (!dialect.isRetryable(e)) {
                Database.closeQuietly(c); // the server went away, most likely: the retry opens a new connection
            } else {
                c.setAutoCommit(true);
            }
            throw e;
        }
    }
}
