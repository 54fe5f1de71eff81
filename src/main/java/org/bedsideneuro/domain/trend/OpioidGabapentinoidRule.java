package org.bedsideneuro.domain.trend;

import java.util.function.Predicate;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicineClass;

/**
 * opioid_gabapentinoid (clinical reference section 8): an opioid and gabapentin or pregabalin run on the same day.
 * Source: FDA drug safety communication, 19 Dec 2019 (serious breathing difficulties).
 */
public final class OpioidGabapentinoidRule extends SameDayCombinationRule {
    @Override public FlagCode code() { return FlagCode.OPIOID_GABAPENTINOID; }

    @Override Predicate<String> first() { return DrugCatalog::isOpioid; }

    @Override Predicate<String> second() { return MedicineClass.GABAPENTINOID::includes; }

    @Override
    String advice() {
        return "Watch for respiratory depression, the more so at higher doses and in the elderly (FDA 2019).";
    }
}
