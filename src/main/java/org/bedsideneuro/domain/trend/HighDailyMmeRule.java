package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MmeContribution;

/**
 * high_daily_mme (clinical reference section 8): two rules under one code. A daily MME of 50 or more starts it once
 * (reassess benefit and risk; offer naloxone), 90 or more once more (2016 wording: avoid or justify); each threshold
 * re-arms only after the MME fell below it. Source: CDC 2022 recommendations 4 and 8 (text; CDC's own decision-support
 * logic alerts at 50). Outpatient guidance, borrowed on a ward: labelled so.
 */
public final class HighDailyMmeRule implements FlagRule {
    /** Section 8, CDC 2022: reassess at 50 MME/day. */
    static final BigDecimal REASSESS = BigDecimal.valueOf(50);
    /** Section 8, CDC 2016 wording: avoid or carefully justify 90 MME/day or more. */
    static final BigDecimal AVOID = BigDecimal.valueOf(90);

    @Override public FlagCode code() { return FlagCode.HIGH_DAILY_MME; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        for (Map.Entry<LocalDate, DailyMmeResult> day : timeline.mme().entrySet()) {
            BigDecimal mme = day.getValue().mme();
            for (BigDecimal threshold : List.of(REASSESS, AVOID)) {
                String subject = "mme>=" + threshold;
                if (mme.compareTo(threshold) >= 0) {
                    String values = "daily MME " + mme.stripTrailingZeros().toPlainString() + " on " + day.getKey() + " (" + threshold
                            + " or more: " + (threshold.equals(AVOID) ? "avoid or justify, CDC" : "reassess benefit and risk, offer naloxone, CDC")
                            + " outpatient guidance)";
                    checks.add(new RuleCheck(subject, timeline.startOf(day.getKey()), day.getKey(), true, values, List.of(),
                            day.getValue().counted().stream().map(MmeContribution::order).map(o -> o.id()).distinct().toList()));
                } else {
                    checks.add(RuleCheck.notHolding(subject, timeline.startOf(day.getKey()), day.getKey()));
                }
            }
        }
        return checks;
    }
}
