package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Side;

/**
 * A rule that compares each later value of a finding and side with its baseline (reference section 7: baseline = first
 * recorded value of that finding and side, or the exam marked as baseline). Checked per finding and side.
 */
abstract class BaselineComparisonRule implements FlagRule {

    /** The findings this rule watches. */
    abstract List<FindingCode> codes();

    /** Whether the rule holds for a value compared with its baseline. */
    abstract boolean holds(FindingValue baseline, FindingValue now);

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        for (FindingCode code : codes()) {
            for (Side side : Side.values()) {
                FindingKey key = FindingKey.of(code, side);
                Exam baseline = timeline.baselineFor(key).orElse(null);
                if (baseline == null) {
                    continue;
                }
                FindingValue before = baseline.finding(key).orElseThrow().value();
                for (Exam exam : timeline.examsAfterBaseline(key)) {
                    FindingValue now = exam.finding(key).orElseThrow().value();
                    String subject = key.columnName();
                    if (holds(before, now)) {
                        String values = key.label() + ": " + before.label() + " at baseline (" + timeline.dateOf(baseline)
                                + "), " + now.label() + " on " + timeline.dateOf(exam);
                        checks.add(RuleCheck.holds(subject, exam.recordedAt().toInstant(), timeline.dateOf(exam), values,
                                List.of(baseline.id(), exam.id())));
                    } else {
                        checks.add(RuleCheck.notHolding(subject, exam.recordedAt().toInstant(), timeline.dateOf(exam)));
                    }
                }
            }
        }
        return checks;
    }
}
