package org.bedsideneuro.domain.trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.Indication;
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

    /**
     * opioid_before_first_line asked at the moment of ordering (clinical reference section 8; BedsideNeuro's own rule):
     * an opioid for neuropathic pain while fewer than two first-line classes have a trial stopped by {@code at} that
     * ended ineffective or not tolerated. Empty when the rule would not hold.
     */
    public static Optional<String> firstLineWarningFor(String drug, Indication indication,
                                                                 List<MedicationOrder> allOrders, Instant at) {
        if (!DrugCatalog.isOpioid(drug)
                || indication != Indication.NEUROPATHIC_PAIN) {
            return Optional.empty();
        }
        var failed = OpioidBeforeFirstLineRule.failedFirstLineTrials(allOrders, at);
        if (failed.size() >= OpioidBeforeFirstLineRule.CLASSES_NEEDED) {
            return Optional.empty();
        }
        return Optional.of(FlagCode.OPIOID_BEFORE_FIRST_LINE.description() + " Tried and ended ineffective or not tolerated: "
                + (failed.isEmpty() ? "none" : String.join(", ", failed.keySet().stream().map(c -> c.label()).toList())) + ".");
    }
}
