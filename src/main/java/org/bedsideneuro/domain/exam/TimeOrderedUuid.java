package org.bedsideneuro.domain.exam;

import java.util.UUID;

/**
 * UUIDs whose first 48 bits are the creation time in Unix milliseconds (the layout of RFC 9562 version 7), the rest
 * random. Rows keyed by them are inserted at the end of their index instead of at random places in it: a whole-ward
 * import into a database keyed by random UUIDs rewrote pages all over the exam, finding and audit indexes and spent
 * most of its time there (issue #9). Still unique, still a UUID in every column and file that holds one.
 */
public final class TimeOrderedUuid {
    private TimeOrderedUuid() {
    }

    public static UUID next() {
        UUID random = UUID.randomUUID(); // 122 random bits; the variant bits of the low half are kept as they are
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
        return new UUID(high, random.getLeastSignificantBits());
    }
}
