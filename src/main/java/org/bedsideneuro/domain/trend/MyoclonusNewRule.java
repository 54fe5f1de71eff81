package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;

/**
 * myoclonus_new (reference section 7): myoclonus recorded (count above 0 or distribution other than none) for a patient
 * whose earlier observations showed none. Read as: the rule holds from an observation with myoclonus that follows an
 * observation recording none, for as long as observations keep showing myoclonus; an observation showing none ends it,
 * so a recurrence after documented absence fires again. Myoclonus at the very first observation has no earlier "none"
 * to compare with and does not fire this rule.
 */
public final class MyoclonusNewRule implements FlagRule {
    private static final String SUBJECT = "myoclonus";

    @Override public FlagCode code() { return FlagCode.MYOCLONUS_NEW; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        ExamId lastNone = null;
        boolean episode = false;
        List<Exam> exams = timeline.exams();
        for (int at = 0; at < exams.size(); at++) {
            Exam exam = exams.get(at);
            Optional<Boolean> present = Myoclonus.present(exam);
            if (present.isEmpty()) {
                continue;
            }
            if (!present.get()) {
                lastNone = exam.id();
                episode = false;
                checks.add(RuleCheck.notHolding(SUBJECT, timeline.instantAt(at), timeline.dateAt(at)));
            } else if (lastNone != null || episode) {
                episode = true;
                List<ExamId> ids = lastNone == null ? List.of(exam.id()) : List.of(lastNone, exam.id());
                checks.add(RuleCheck.holds(SUBJECT, timeline.instantAt(at), timeline.dateAt(at),
                        "Myoclonus on " + timeline.dateAt(at) + " (" + Myoclonus.describe(exam) + ") after observations showing none",
                        ids));
            }
        }
        return checks;
    }
}
