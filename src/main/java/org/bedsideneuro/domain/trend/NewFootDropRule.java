package org.bedsideneuro.domain.trend;

import java.util.List;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.FootDrop;

/** new_foot_drop (reference section 7): foot drop partial or complete on a side whose baseline was none. */
public final class NewFootDropRule extends BaselineComparisonRule {
    @Override public FlagCode code() { return FlagCode.NEW_FOOT_DROP; }

    @Override List<FindingCode> codes() { return List.of(FindingCode.FOOT_DROP); }

    @Override
    boolean holds(FindingValue baseline, FindingValue now) {
        return baseline == FootDrop.NONE && now != FootDrop.NONE;
    }
}
