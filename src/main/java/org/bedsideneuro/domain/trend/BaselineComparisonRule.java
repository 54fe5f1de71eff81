package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
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
                int baselineAt = timeline.baselineIndex(key);
                if (baselineAt < 0) {
                    continue;
                }
                int[] recording = timeline.positionsRecording(key);
                Exam baseline = timeline.exams().get(recording[baselineAt]);
                FindingValue before = baseline.finding(key).orElseThrow().value();
                // Once per finding and side, not per exam: five years are 1,800 exams for each.
                String subject = key.columnName();
                String since = key.label() + ": " + before.label() + " at baseline (" + timeline.dateAt(recording[baselineAt]) + "), ";
                for (int i = baselineAt + 1; i < recording.length; i++) {
                    int at = recording[i];
                    Exam exam = timeline.exams().get(at);
                    FindingValue now = exam.finding(key).orElseThrow().value();
                    LocalDate day = timeline.dateAt(at);
                    if (holds(before, now)) {
                        checks.add(RuleCheck.holds(subject, timeline.instantAt(at), day, since + now.label() + " on " + day,
                                List.of(baseline.id(), exam.id())));
                    } else {
                        checks.add(RuleCheck.notHolding(subject, timeline.instantAt(at), day));
                    }
                }
            }
        }
        return checks;
    }
}
