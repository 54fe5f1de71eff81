package org.bedsideneuro.persistence;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The background seal of one {@link Database} on the ward server (V9): a save returns as soon as its
 * own transaction has committed, its chain entries durable in chain_pending; this daemon thread then links them into
 * the chain. Coalescing: one seal links every pending entry, everyone's, so a burst of saves costs one seal, and a
 * save never waits for it; a sealer whose writes' entries another laptop's seal has taken does nothing
 * ({@link Dialect#tryChainTurn}). A seal that fails (the server gone, a serialization failure) is retried later, logged, never
 * reported as a failed save: the entries stay pending, covered by their content hash, until a seal succeeds here or
 * anywhere else ('check', another laptop's sealer).
 */
final class ChainSealer {
    private static final System.Logger LOG = System.getLogger(ChainSealer.class.getName());
    /** First pause after a failed seal; doubled per failure up to {@link #MAX_RETRY_MILLIS}. */
    private static final long FIRST_RETRY_MILLIS = 100;
    /** A server down for a while is tried again every few seconds, not hammered. */
    private static final long MAX_RETRY_MILLIS = 5_000;

    private final Seal seal;
    private final String name;
    /**
     * How long a request waits for others to share its seal, unless someone is waiting for it ({@link #awaitSealed}).
     * Twenty laptops saving at once each sealed after every save, nearly all of those seals finding their entries taken
     * by another's: round trips that cost the server the time the saves needed. The entries are
     * durable and verified by their content hash while they wait.
     */
    private final long lingerNanos;
    private final Object lock = new Object();
    /** Requests so far: one per commit that queued entries. */
    private long requested;
    /** The batches of the requests not yet covered by a seal. */
    private Set<String> batches = new HashSet<>();
    /** Every request up to this one is covered by a seal that committed after it. */
    private long sealedThrough;
    private boolean stopped;
    private Thread thread;
    /** Callers of {@link #awaitSealed} waiting now: the seal they wait for does not linger. */
    private int awaiting;

    ChainSealer(String name, Seal seal, Duration linger) {
        this.name = name;
        this.seal = seal;
        this.lingerNanos = linger.toNanos();
    }

    /**
     * A seal of everyone's pending entries, unless none of {@code batches} (the writes asking) is pending any more
     * (another laptop's seal took them); throws when it could not be done.
     */
    interface Seal {
        void run(Set<String> batches) throws Exception;
    }

    /**
     * Asks for a seal after a commit that queued entries under {@code batch}; returns at once (the thread starts on
     * first use).
     */
    void request(String batch) {
        synchronized (lock) {
            if (stopped) {
                return; // closing: the entries stay pending, sealed by the next seal anywhere
            }
            requested++;
            batches.add(batch);
            if (thread == null) {
                thread = new Thread(this::loop, name);
                thread.setDaemon(true); // a laptop that exits without close() leaves entries pending, never a hung JVM
                thread.start();
            }
            lock.notifyAll();
        }
    }

    /**
     * Waits until every request made before this call is covered by a seal that committed, at most {@code limit};
     * true when it is (also when nothing was requested).
     */
    boolean awaitSealed(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            long target = requested;
            awaiting++;
            lock.notifyAll(); // a lingering seal starts now
            try {
                while (sealedThrough < target) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || stopped && thread == null) {
                        return false;
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
                return true;
            } finally {
                awaiting--;
            }
        }
    }

    /** Stops the thread after the seal it may be running; requests after this are ignored. */
    void stop() {
        Thread t;
        synchronized (lock) {
            stopped = true;
            t = thread;
            lock.notifyAll();
        }
        if (t != null) {
            t.interrupt(); // a pause before a retry ends at once; a seal under way ends with its connection, closed next
        }
    }

    /** Waits (holding {@link #lock}'s monitor) for the linger to pass, unless someone awaits the seal or it stops. */
    private void lingerLocked() {
        long until = System.nanoTime() + lingerNanos;
        while (awaiting == 0 && !stopped) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                lock.wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                // stop() interrupts; the condition says whether to end
            }
        }
    }

    private void loop() {
        long pause = FIRST_RETRY_MILLIS;
        Set<String> asking = Set.of();
        while (true) {
            long target;
            synchronized (lock) {
                while (requested == sealedThrough && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // stop() interrupts; the loop's condition says whether to end
                    }
                }
                lingerLocked();
                if (stopped) {
                    thread = null;
                    lock.notifyAll();
                    return;
                }
                // Read before the seal starts: every commit that asked up to here is visible to the seal's transaction.
                target = requested;
                asking = batches;
                batches = new HashSet<>();
            }
            try {
                seal.run(asking);
                pause = FIRST_RETRY_MILLIS;
                synchronized (lock) {
                    sealedThrough = Math.max(sealedThrough, target);
                    lock.notifyAll();
                }
            } catch (Exception e) {
                synchronized (lock) {
                    batches.addAll(asking); // asked again by the retry
                    if (stopped) {
                        continue; // closing cut the seal off; its entries stay pending for the next seal anywhere
                    }
                }
                LOG.log(System.Logger.Level.WARNING, "The hash chain could not be sealed in the background; retrying in "
                        + pause + " ms (the saved records are safe, their entries wait in chain_pending): " + e.getMessage());
                synchronized (lock) {
                    if (!stopped) {
                        try {
                            lock.wait(pause);
                        } catch (InterruptedException ignored) {
                            // stop() interrupts
                        }
                    }
                }
                pause = Math.min(MAX_RETRY_MILLIS, pause * 2);
            }
        }
    }
}
