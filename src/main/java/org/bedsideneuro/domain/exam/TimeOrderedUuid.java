package org.bedsideneuro.domain.exam;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * UUIDs whose first 48 bits are the creation time in Unix milliseconds (the layout of RFC 9562 version 7), the rest
 * random. Rows keyed by them are inserted at the end of their index instead of at random places in it: a whole-ward
 * import into a database keyed by random UUIDs rewrote pages all over the exam, finding and audit indexes and spent
 * most of its time there. Still unique, still a UUID in every column and file that holds one.
 * <p>
 * Strictly increasing within the process: the 12 bits after the version hold a counter for ids made in the same
 * millisecond (RFC 9562 section 6.2, method 1), so append-only logs keyed by them (the audit trail, the access log)
 * read back in the order they were written even when many entries share a millisecond. Their text sorts like their
 * numbers (fixed-width hex).
 */
public final class TimeOrderedUuid {
    /** Milliseconds shifted left by 12, plus the counter: one number that only grows. */
    private static final AtomicLong LAST = new AtomicLong();

    private TimeOrderedUuid() {
    }

    public static UUID next() {
        long now = System.currentTimeMillis() << 12;
        long stamp = LAST.updateAndGet(previous -> Math.max(previous + 1, now));
        long high = ((stamp >>> 12) << 16) | 0x7000L | (stamp & 0x0FFFL);
        UUID random = UUID.randomUUID(); // 122 random bits; the variant bits of the low half are kept as they are
        return new UUID(high, random.getLeastSignificantBits());
    }
}
