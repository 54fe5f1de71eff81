package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.score.PegScore;

/**
 * no_functional_benefit (clinical reference section 8): an opioid has run for 4 weeks or more since it started, and the
 * latest PEG is not at least 1 point better than the latest PEG recorded before it started (or before its last
 * escalation). Source: seed 004 ("no long-term use without clear functional improvement"); 1 point is the minimally
 * important difference used here (Reed et al., J Pain 2024). BedsideNeuro's own rule, labelled so.
 *
 * <p>Without a complete PEG before the start or escalation it cannot fire (section 8). It also needs a complete PEG
 * recorded since then: the PEG "before" is not compared with itself.
 */
public final class NoFunctionalBenefitRule implements FlagRule {
    /** Section 8: the opioid has run for 4 weeks or more. */
    static final int DAYS_ON_OPIOID = 28;

    @Override public FlagCode code() { return FlagCode.NO_FUNCTIONAL_BENEFIT; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        OpioidReviewCourse course = OpioidReviewCourse.of(timeline);
        if (course.pegs.isEmpty()) {
            return List.of();
        }
        List<RuleCheck> checks = new ArrayList<>();
        String subject = code().code();
        for (LocalDate day : course.opioidDays()) {
            Optional<RuleCheck> fired = check(course, day);
            checks.add(fired.orElseGet(() -> RuleCheck.notHolding(subject, timeline.startOf(day), day)));
        }
        return checks;
    }

    private Optional<RuleCheck> check(OpioidReviewCourse course, LocalDate day) {
        PatientTimeline timeline = course.timeline;
        Instant end = course.endOf(day);
        Optional<ReviewSchedule.Trigger> start = course.schedule.triggers().stream()
                .filter(t -> t.kind() == ReviewSchedule.Trigger.Kind.START && !t.at().isAfter(end))
                .reduce((a, b) -> b);
        Optional<ReviewSchedule.Trigger> reference = course.schedule.latestTriggerAtOrBefore(end);
        if (start.isEmpty() || reference.isEmpty() || day.isBefore(timeline.dateOf(start.get().at()).plusDays(DAYS_ON_OPIOID))) {
            return Optional.empty();
        }
        Optional<OpioidReviewCourse.Peg> before = course.latestPegBefore(reference.get().at());
        Optional<OpioidReviewCourse.Peg> latest = course.latestPegBefore(end.plusNanos(1));
        if (before.isEmpty() || latest.isEmpty() || !latest.get().at().isAfter(reference.get().at())) {
            return Optional.empty();
        }
        PegScore now = latest.get().score();
        PegScore then = before.get().score();
        if (now.improvedByAtLeastMidFrom(then)) {
            return Optional.empty();
        }
        BigDecimal change = BigDecimal.valueOf(then.sum().getAsInt() - now.sum().getAsInt()).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
        String values = "PEG " + now.oneDecimal() + " on " + timeline.dateOf(latest.get().exam()) + " against " + then.oneDecimal() + " on "
                + timeline.dateOf(before.get().exam()) + ", before " + reference.get().describe(timeline.zone()) + ": "
                + (change.signum() > 0 ? "better by " + change.toPlainString() : change.signum() < 0 ? "worse by " + change.negate().toPlainString()
                : "no change") + ", less than the 1 point that counts as a real improvement (Reed 2024); on an opioid since "
                + timeline.dateOf(start.get().at()) + ". BedsideNeuro's own rule (seed 004: continue only with clear functional improvement).";
        return Optional.of(new RuleCheck(code().code(), timeline.startOf(day), day, true, values,
                List.of(before.get().exam().id(), latest.get().exam().id()), List.of(reference.get().order().id())));
    }
}
