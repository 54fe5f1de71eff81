package org.bedsideneuro.domain.trend;

import java.util.Arrays;
import java.util.List;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;

/**
 * distal_weakness_worsened (reference section 7): a distal muscle's MRC grade is at least one full grade below its
 * baseline. Full grades (MrcGrade.fullGrade): 5 to 4+ counts, 4 to 4- does not.
 */
public final class DistalWeaknessWorsenedRule extends BaselineComparisonRule {
    /** Reference section 7: "at least one full grade below". */
    static final int FULL_GRADES = 1;

    @Override public FlagCode code() { return FlagCode.DISTAL_WEAKNESS_WORSENED; }

    @Override
    List<FindingCode> codes() {
        return Arrays.stream(FindingCode.values()).filter(FindingCode::isDistalMuscle).toList();
    }

    @Override
    boolean holds(FindingValue baseline, FindingValue now) {
        return ((MrcGrade) baseline).fullGrade() - ((MrcGrade) now).fullGrade() >= FULL_GRADES;
    }
}
