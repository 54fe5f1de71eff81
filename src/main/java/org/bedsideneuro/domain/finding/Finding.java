package org.bedsideneuro.domain.finding;

import java.util.Objects;
import java.util.Optional;

/**
 * One recorded finding: a code, its side when the finding has one, a value on the code's scale and an optional note.
 * It cannot be constructed with a value off the scale or with a side that does not fit the code.
 */
public record Finding(FindingCode code, Side side, FindingValue value, String note) {
    public Finding {
        Objects.requireNonNull(code, "finding code");
        if (code.sided() && side == null) {
            throw new InvalidFindingException(code, "a side (L or R) is required");
        }
        if (!code.sided() && side != null) {
            throw new InvalidFindingException(code, "has no side, but side " + side.code() + " was given");
        }
        if (value == null) {
            throw new InvalidFindingException(code, "no value; allowed values: " + code.scale().allowed());
        }
        if (!code.scale().accepts(value)) {
            throw new InvalidFindingException(code, "'" + value.code() + "' is not allowed; allowed values: " + code.scale().allowed());
        }
        note = note == null ? "" : note.strip();
    }

    public Finding(FindingCode code, Side side, FindingValue value) {
        this(code, side, value, "");
    }

    public static Finding unsided(FindingCode code, FindingValue value) {
        return new Finding(code, null, value, "");
    }

    /** Parses exchange-format text: a side code ("L", "R" or empty) and a value code. */
    public static Finding parse(FindingCode code, String sideCode, String valueText, String note) {
        Side side = null;
        if (sideCode != null && !sideCode.isBlank()) {
            side = Coded.byCode(Side.class, sideCode.strip()).orElseThrow(() ->
                    new InvalidFindingException(code, "side '" + sideCode + "' is not allowed; allowed: L, R"));
        }
        return new Finding(code, side, code.parseValue(valueText), note);
    }

    public FindingKey key() {
        return new FindingKey(code, side);
    }

    public Optional<Side> optionalSide() {
        return Optional.ofNullable(side);
    }

    /** Same finding with the same meaning (the note aside). */
    public boolean sameValueAs(Finding other) {
        return key().equals(other.key()) && value.equals(other.value);
    }
}
