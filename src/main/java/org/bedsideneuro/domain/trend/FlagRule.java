package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule of shared/clinical-reference.md section 7. A rule checks a patient's timeline at every moment its inputs
 * change; {@link #flags} fires a flag when the rule holds for a subject after not holding (or for the first time),
 * and not again until it has stopped holding.
 */
public interface FlagRule {

    FlagCode code();

    /** Every check of this rule over the timeline, in any order. */
    List<RuleCheck> checks(PatientTimeline timeline);

    /** The flags: one for each run of holding checks per subject, dated on the first holding check. */
    default List<Flag> flags(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>(checks(timeline));
        checks.sort(Comparator.comparing(RuleCheck::at));
        Map<String, Boolean> holding = new HashMap<>();
        List<Flag> flags = new ArrayList<>();
        for (RuleCheck check : checks) {
            boolean before = holding.getOrDefault(check.subject(), false);
            if (check.holds() && !before) {
                flags.add(new Flag(code(), timeline.patient(), check.date(), check.values(), check.examIds(), check.orderIds()));
            }
            holding.put(check.subject(), check.holds());
        }
        return flags;
    }
}
