package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The warning signs that hold <em>now</em> for a patient, for the ward overview: oin_warning_signs and
 * sedation_unacceptable (shared/clinical-reference.md section 7) as the latest observation of those items left them.
 * The rules themselves are reused, not re-implemented: a flag says when a sign first appeared, this says whether the
 * most recent check of the rule still holds. An observation that did not assess the items (a jerk count alone) leaves
 * the last assessment standing: a warning is cleared by an observation without the signs, not by silence.
 */
public final class CurrentWarnings {
    private static final List<FlagRule> RULES = List.of(new OinWarningSignsRule(), new SedationUnacceptableRule());

    private CurrentWarnings() {
    }

    /** One sign that holds now: the flag code and the values that made it hold ("Hallucinations: yes on ..."). */
    public record Warning(FlagCode code, String values) {
    }

    /** The warnings holding at the latest check of each rule, in rule order; empty when none. */
    public static List<Warning> of(PatientCourse course) {
        PatientTimeline timeline = PatientTimeline.of(course.patient().id(), course.exams(), course.orders(), course.dailyMme(), course.zone());
        List<Warning> warnings = new ArrayList<>();
        for (FlagRule rule : RULES) {
            latest(rule.checks(timeline)).filter(RuleCheck::holds).ifPresent(c -> warnings.add(new Warning(rule.code(), c.values())));
        }
        return warnings;
    }

    private static Optional<RuleCheck> latest(List<RuleCheck> checks) {
        return checks.stream().max(Comparator.comparing(RuleCheck::at));
    }
}
