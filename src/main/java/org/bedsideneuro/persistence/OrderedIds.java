package org.bedsideneuro.persistence;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for append-only logs that sort in the order they were made, so that entries written in the same millisecond
 * (an import, a demo ward) still read back in order: the first 64 bits are the wall-clock milliseconds and a counter,
 * strictly increasing within the process; the rest is random. Their text sorts like their numbers (fixed-width hex).
 * Portable: no AUTOINCREMENT or IDENTITY, which SQLite and PostgreSQL spell differently.
 */
final class OrderedIds {
    private static final AtomicLong LAST = new AtomicLong();

    private OrderedIds() {
    }

    static String next() {
        long now = System.currentTimeMillis() << 16; // 16 bits for entries made within one millisecond
        long high = LAST.updateAndGet(previous -> Math.max(previous + 1, now));
        return new UUID(high, ThreadLocalRandom.current().nextLong()).toString();
    }
}
