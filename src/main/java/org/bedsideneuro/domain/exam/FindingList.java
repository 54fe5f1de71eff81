package org.bedsideneuro.domain.exam;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Side;

/**
 * An exam's findings: an unmodifiable list in the order given, with a slot per finding code and side so that
 * {@link Exam#finding} is one array read. The flag rules and the trend view ask every exam of a five-year record for
 * one finding after another; scanning 47 findings each time was the largest part of building a course.
 * Equal to any list with the same findings in the same order, as {@link List#copyOf} was.
 */
final class FindingList extends AbstractList<Finding> implements RandomAccess {
    private static final int SLOTS_PER_CODE = 3; // no side, left, right
    private final Finding[] inOrder;
    private final Finding[] byKey;

    /** Throws IllegalArgumentException when a finding code and side is there twice; NullPointerException for a null. */
    FindingList(List<Finding> findings) {
        inOrder = findings.toArray(new Finding[0]);
        byKey = new Finding[FindingCode.values().length * SLOTS_PER_CODE];
        for (Finding f : inOrder) {
            Objects.requireNonNull(f, "finding");
            int slot = slot(f.code(), f.side());
            if (byKey[slot] != null) {
                throw new IllegalArgumentException(f.key().label() + ": recorded twice in one exam");
            }
            byKey[slot] = f;
        }
    }

    private static int slot(FindingCode code, Side side) {
        return code.ordinal() * SLOTS_PER_CODE + (side == null ? 0 : 1 + side.ordinal());
    }

    /** The finding of this code and side, or null. */
    Finding find(FindingKey key) {
        return byKey[slot(key.code(), key.side())];
    }

    Finding find(FindingCode code, Side side) {
        return byKey[slot(code, side)];
    }

    @Override
    public Finding get(int index) {
        return inOrder[index];
    }

    @Override
    public int size() {
        return inOrder.length;
    }
}
