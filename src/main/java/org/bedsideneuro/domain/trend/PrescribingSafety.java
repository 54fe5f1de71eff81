package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * The prescribing-safety rules of clinical reference section 8 asked at the moment of ordering: which of them a new
 * order would make hold beside the orders running now. The order may still be saved: the decision is the clinician's.
 */
public final class PrescribingSafety {
    private static final List<SameDayCombinationRule> COMBINATIONS = List.of(new OpioidBenzodiazepineRule(),
            new OpioidGabapentinoidRule(), new SerotonergicCombinationRule());

    private PrescribingSafety() {
    }

    /**
     * One warning per rule an order of {@code drug} (a generic name) would start, naming the running orders it combines
     * with; the rules look at the drug only, whatever its dose, route or kind.
     */
    public static List<String> warningsFor(String drug, List<MedicationOrder> running) {
        List<String> warnings = new ArrayList<>();
        for (SameDayCombinationRule rule : COMBINATIONS) {
            List<MedicationOrder> partners = new ArrayList<>();
            for (MedicationOrder other : running) {
                boolean combines = (rule.first().test(drug) && rule.second().test(other.drug()))
                        || (rule.second().test(drug) && rule.first().test(other.drug()));
                if (combines) {
                    partners.add(other);
                }
            }
            if (!partners.isEmpty()) {
                warnings.add(rule.code().description() + " With: " + String.join(", ", partners.stream().map(MedicationOrder::summary).toList())
                        + ".");
            }
        }
        return warnings;
    }
}
