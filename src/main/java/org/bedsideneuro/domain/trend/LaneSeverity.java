package org.bedsideneuro.domain.trend;

import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.GaitPattern;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.ReflexGrade;
import org.bedsideneuro.domain.finding.WalkingAid;
import org.bedsideneuro.domain.finding.YesNo;

/**
 * How far from normal a value is, 0 (normal) to 3 (severe), for the colour of a heat-strip cell. A display scale,
 * not a clinical score: it only orders the values of each scale as clinical-reference.md describes them.
 */
final class LaneSeverity {
    static final int NORMAL = 0;
    static final int MILD = 1;
    static final int MODERATE = 2;
    static final int SEVERE = 3;

    private LaneSeverity() {
    }

    static int of(FindingValue value) {
        if (value instanceof MrcGrade g) {
            // Section 1: 5 normal; 4-, 4, 4+ against resistance; 3 against gravity only; 2 and below cannot lift.
            return switch (g.fullGrade()) {
                case 5 -> NORMAL;
                case 4 -> MILD;
                case 3 -> MODERATE;
                default -> SEVERE;
            };
        }
        if (value instanceof ReflexGrade g) {
            // Section 2 (NINDS): 2 and 3 are the normal range; 1 reduced; 0 absent; 4 enhanced (with clonus).
            return switch (g) {
                case LOW_NORMAL, HIGH_NORMAL -> NORMAL;
                case REDUCED -> MILD;
                case ENHANCED -> MODERATE;
                case ABSENT -> SEVERE;
            };
        }
        if (value instanceof FootDrop f) {
            return f == FootDrop.NONE ? NORMAL : f == FootDrop.PARTIAL ? MODERATE : SEVERE;
        }
        if (value instanceof WalkingAid a) {
            return switch (a) {
                case NONE -> NORMAL;
                case CANE -> MILD;
                case WALKER -> MODERATE;
                case WHEELCHAIR, BEDBOUND -> SEVERE;
            };
        }
        if (value instanceof GaitPattern p) {
            return p == GaitPattern.NORMAL ? NORMAL : p == GaitPattern.UNABLE ? SEVERE : MODERATE;
        }
        if (value instanceof PossLevel p) {
            // Section 5: S, 1 and 2 acceptable; 3 and 4 unacceptable.
            return switch (p) {
                case ASLEEP, AWAKE -> NORMAL;
                case SLIGHTLY_DROWSY -> MILD;
                case FREQUENTLY_DROWSY -> MODERATE;
                case SOMNOLENT -> SEVERE;
            };
        }
        if (value instanceof CamResult c) {
            return c == CamResult.POSITIVE ? SEVERE : NORMAL;
        }
        if (value instanceof YesNo y) {
            return y == YesNo.YES ? SEVERE : NORMAL;
        }
        return NORMAL;
    }
}
