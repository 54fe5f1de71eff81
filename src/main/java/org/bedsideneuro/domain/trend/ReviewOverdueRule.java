package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.regimen.ReviewSchedule;

/**
 * review_overdue (clinical reference section 8): an opioid runs and the opioid review is past due (4 weeks after a
 * start or escalation, then 3 calendar months after the last review; overdue from the day after the due day). Source:
 * CDC 2022 recommendation 7 (outpatient guidance, borrowed on a ward) and seed 004 (every 1-3 months). Checked on
 * every day an opioid runs, with the orders and reviews recorded by the end of that day.
 */
public final class ReviewOverdueRule implements FlagRule {
    @Override public FlagCode code() { return FlagCode.REVIEW_OVERDUE; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        OpioidReviewCourse course = OpioidReviewCourse.of(timeline);
        List<RuleCheck> checks = new ArrayList<>();
        String subject = code().code();
        for (LocalDate day : course.opioidDays()) {
            ReviewSchedule then = course.schedule.asOf(timeline.zone(), course.endOf(day));
            if (!then.overdueOn(day)) {
                checks.add(RuleCheck.notHolding(subject, timeline.startOf(day), day));
                continue;
            }
            String values = "opioid review due " + then.due().orElseThrow() + " (" + then.dueBecause() + "), none recorded by " + day
                    + ". CDC 2022 rec. 7 (outpatient guidance) and seed 004: review 4 weeks after a start or escalation, then every 1-3 months.";
            checks.add(new RuleCheck(subject, timeline.startOf(day), day, true, values, List.of(), course.opioids.stream()
                    .filter(o -> SameDayCombinationRule.runsOn(o, day, timeline)).map(o -> o.id()).toList()));
        }
        return checks;
    }
}
