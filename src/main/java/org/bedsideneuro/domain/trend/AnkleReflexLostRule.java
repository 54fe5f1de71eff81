package org.bedsideneuro.domain.trend;

import java.util.List;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.ReflexGrade;

/** ankle_reflex_lost (reference section 7): Achilles reflex 0 on a side whose baseline was 1 or more. */
public final class AnkleReflexLostRule extends BaselineComparisonRule {
    @Override public FlagCode code() { return FlagCode.ANKLE_REFLEX_LOST; }

    @Override List<FindingCode> codes() { return List.of(FindingCode.ACHILLES_REFLEX); }

    @Override
    boolean holds(FindingValue baseline, FindingValue now) {
        return baseline != ReflexGrade.ABSENT && now == ReflexGrade.ABSENT;
    }
}
