package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.PossLevel;

/** sedation_unacceptable (reference section 7): POSS 3 or 4 (PossLevel.acceptable() false; reference section 5). */
public final class SedationUnacceptableRule implements FlagRule {
    private static final String SUBJECT = "sedation";

    @Override public FlagCode code() { return FlagCode.SEDATION_UNACCEPTABLE; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        List<Exam> exams = timeline.exams();
        for (int at = 0; at < exams.size(); at++) {
            Optional<FindingValue> value = exams.get(at).value(FindingCode.SEDATION_POSS);
            if (value.isEmpty()) {
                continue;
            }
            PossLevel poss = (PossLevel) value.get();
            checks.add(poss.acceptable()
                    ? RuleCheck.notHolding(SUBJECT, timeline.instantAt(at), timeline.dateAt(at))
                    : RuleCheck.holds(SUBJECT, timeline.instantAt(at), timeline.dateAt(at),
                            "POSS " + poss.label() + " on " + timeline.dateAt(at), List.of(exams.get(at).id())));
        }
        return checks;
    }
}
