package org.bedsideneuro.domain.finding;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/** A finding code and side: what a value is recorded for ("Achilles reflex, left"). */
public record FindingKey(FindingCode code, Side side) implements Comparable<FindingKey> {
    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::code)
            .thenComparing(k -> k.side == null ? -1 : k.side.ordinal());

    public FindingKey {
        Objects.requireNonNull(code, "code");
        if (code.sided() != (side != null)) {
            throw new InvalidFindingException(code, code.sided() ? "a side (L or R) is required" : "has no side");
        }
    }

    public static FindingKey of(FindingCode code) {
        return new FindingKey(code, null);
    }

    public static FindingKey of(FindingCode code, Side side) {
        return new FindingKey(code, side);
    }

    /** "reflex.achilles.L", or the plain code for a finding without a side: the timeline's column names. */
    public String columnName() {
        return side == null ? code.code() : code.code() + "." + side.code();
    }

    public String label() {
        return side == null ? code.label() : code.label() + ", " + side.label().toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(FindingKey o) {
        return ORDER.compare(this, o);
    }
}
