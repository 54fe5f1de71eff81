package org.bedsideneuro.persistence;

import java.util.List;
import org.bedsideneuro.domain.finding.Finding;

/**
 * The findings of the last few packed texts read, so that an exam whose packed findings are exactly those of a recent
 * one shares that exam's (immutable) finding list instead of unpacking and indexing the same text again. A stable
 * patient's observations every four hours often record the same values over and over (in the benchmark's five-year
 * record three rows in four repeat one of the last two). Compared with String.equals only, no hashing: a text that
 * differs costs a length check or a short comparison, so records without repeats pay almost nothing.
 */
final class RecentFindings {
    private static final int SIZE = 4;
    private final String[] texts = new String[SIZE];
    private final List<Finding>[] findings;
    private int next;

    @SuppressWarnings("unchecked")
    RecentFindings() {
        findings = new List[SIZE];
    }

    /** The findings remembered for exactly this packed text, or null. */
    List<Finding> get(String text) {
        for (int i = 0; i < SIZE; i++) {
            if (text.equals(texts[i])) {
                return findings[i];
            }
        }
        return null;
    }

    /** Remembers the (immutable) findings of a packed text, forgetting the oldest remembered. */
    void put(String text, List<Finding> of) {
        texts[next] = text;
        findings[next] = of;
        next = (next + 1) % SIZE;
    }
}
