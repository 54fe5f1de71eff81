package org.bedsideneuro.domain.trend;

import java.util.function.Predicate;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicineClass;

/**
 * opioid_benzodiazepine (clinical reference section 8): an opioid and a benzodiazepine run on the same day. Source: FDA
 * boxed warning, 31 Aug 2016; CDC 2022 recommendation 11. Clonazepam is the myoclonus article's own remedy (seed 001):
 * the flag asks for close watch of sedation, it does not forbid it.
 */
public final class OpioidBenzodiazepineRule extends SameDayCombinationRule {
    @Override public FlagCode code() { return FlagCode.OPIOID_BENZODIAZEPINE; }

    @Override Predicate<String> first() { return DrugCatalog::isOpioid; }

    @Override Predicate<String> second() { return MedicineClass.BENZODIAZEPINE::includes; }

    @Override
    String advice() {
        return "Watch sedation (POSS) and breathing closely (FDA boxed warning 2016; CDC 2022 rec. 11).";
    }
}
