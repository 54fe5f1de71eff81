package org.bedsideneuro.domain.trend;

import java.util.List;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.PlantarResponse;

/**
 * extensor_plantar (reference section 7): plantar response extensor on a side whose baseline was flexor (not explained
 * by polyneuropathy: look for another cause).
 */
public final class ExtensorPlantarRule extends BaselineComparisonRule {
    @Override public FlagCode code() { return FlagCode.EXTENSOR_PLANTAR; }

    @Override List<FindingCode> codes() { return List.of(FindingCode.PLANTAR_RESPONSE); }

    @Override
    boolean holds(FindingValue baseline, FindingValue now) {
        return baseline == PlantarResponse.FLEXOR && now == PlantarResponse.EXTENSOR;
    }
}
