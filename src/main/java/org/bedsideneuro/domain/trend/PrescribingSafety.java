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

    /** One warning per rule the new order would start, naming the running orders it combines with. */
    public static List<String> warningsFor(MedicationOrder proposed, List<MedicationOrder> running) {
        List<String> warnings = new ArrayList<>();
        for (SameDayCombinationRule rule : COMBINATIONS) {
            List<MedicationOrder> partners = new ArrayList<>();
            for (MedicationOrder other : running) {
                if (other.id().equals(proposed.id())) {
                    continue;
                }
                boolean combines = (rule.first().test(proposed) && rule.second().test(other))
                        || (rule.second().test(proposed) && rule.first().test(other));
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
