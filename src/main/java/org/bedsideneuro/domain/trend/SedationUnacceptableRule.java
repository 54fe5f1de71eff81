package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.PossLevel;

/** sedation_unacceptable (reference section 7): POSS 3 or 4 (PossLevel.acceptable() false; reference section 5). */
public final class SedationUnacceptableRule implements FlagRule {
    private static final String SUBJECT = "sedation";

    @Override public FlagCode code() { return FlagCode.SEDATION_UNACCEPTABLE; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        for (Exam exam : timeline.exams()) {
            exam.value(FindingCode.SEDATION_POSS).map(v -> (PossLevel) v).ifPresent(poss -> checks.add(poss.acceptable()
                    ? RuleCheck.notHolding(SUBJECT, exam.recordedAt().toInstant(), timeline.dateOf(exam))
                    : RuleCheck.holds(SUBJECT, exam.recordedAt().toInstant(), timeline.dateOf(exam),
                            "POSS " + poss.label() + " on " + timeline.dateOf(exam), List.of(exam.id()))));
        }
        return checks;
    }
}
