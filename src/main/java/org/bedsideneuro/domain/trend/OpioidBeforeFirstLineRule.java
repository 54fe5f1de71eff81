package org.bedsideneuro.domain.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MedicineClass;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.TrialOutcome;

/**
 * opioid_before_first_line (clinical reference section 8): an opioid with indication neuropathic pain starts while
 * fewer than two first-line classes (gabapentinoids, SNRIs, tricyclics, topical) have a recorded trial ending
 * ineffective or not tolerated. Classes are counted, not drugs, and only trials stopped by the opioid's start count.
 * Source: seed 004 (opioids are second or third line, after two first-line agents of different classes).
 * BedsideNeuro's own rule, labelled so. Checked at the start of every opioid order for neuropathic pain.
 */
public final class OpioidBeforeFirstLineRule implements FlagRule {
    /** Section 8, seed 004: at least two first-line classes tried before an opioid. */
    static final int CLASSES_NEEDED = 2;

    @Override public FlagCode code() { return FlagCode.OPIOID_BEFORE_FIRST_LINE; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        String subject = code().code();
        for (MedicationOrder opioid : timeline.orders()) {
            if (!DrugCatalog.isOpioid(opioid.drug()) || opioid.indication() != Indication.NEUROPATHIC_PAIN) {
                continue;
            }
            Instant at = opioid.start().toInstant();
            LocalDate day = timeline.dateOf(at);
            Map<MedicineClass, MedicationOrder> failed = failedFirstLineTrials(timeline.orders(), at);
            if (failed.size() >= CLASSES_NEEDED) {
                checks.add(RuleCheck.notHolding(subject, at, day));
                continue;
            }
            String tried = failed.isEmpty() ? "none"
                    : String.join("; ", failed.entrySet().stream().map(e -> e.getKey().label() + " (" + e.getValue().drug() + ", "
                            + e.getValue().outcome().label().toLowerCase(Locale.ROOT) + ")").toList());
            String values = opioid.summary() + " for neuropathic pain started on " + day + " with " + failed.size()
                    + " first-line class" + (failed.size() == 1 ? "" : "es") + " tried and ended ineffective or not tolerated: " + tried
                    + "; " + CLASSES_NEEDED + " are expected first (seed 004). BedsideNeuro's own rule.";
            List<OrderId> ids = new ArrayList<>(List.of(opioid.id()));
            failed.values().forEach(o -> ids.add(o.id()));
            checks.add(new RuleCheck(subject, at, day, true, values, List.of(), ids));
        }
        return checks;
    }

    /** Per first-line class, a trial of it stopped by {@code at} that ended ineffective or not tolerated. */
    static Map<MedicineClass, MedicationOrder> failedFirstLineTrials(List<MedicationOrder> orders, Instant at) {
        Map<MedicineClass, MedicationOrder> failed = new EnumMap<>(MedicineClass.class);
        for (MedicationOrder o : orders) {
            boolean failedTrial = (o.outcome() == TrialOutcome.INEFFECTIVE || o.outcome() == TrialOutcome.NOT_TOLERATED)
                    && o.stop() != null && !o.stop().toInstant().isAfter(at);
            if (!failedTrial) {
                continue;
            }
            for (MedicineClass c : MedicineClass.FIRST_LINE) {
                if (c.includes(o.drug())) {
                    failed.putIfAbsent(c, o);
                }
            }
        }
        return failed;
    }
}
