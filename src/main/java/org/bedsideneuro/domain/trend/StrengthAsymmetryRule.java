package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;

/**
 * strength_asymmetry (reference section 7): in one exam, the same muscle differs by two or more full grades between
 * left and right (a length-dependent polyneuropathy is symmetric: look for a focal cause). Checked per muscle.
 */
public final class StrengthAsymmetryRule implements FlagRule {
    /** Reference section 7: "two or more full grades". */
    static final int FULL_GRADES = 2;

    @Override public FlagCode code() { return FlagCode.STRENGTH_ASYMMETRY; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        List<FindingCode> muscles = FindingCode.inSection(Section.STRENGTH);
        List<Exam> exams = timeline.exams();
        for (int at = 0; at < exams.size(); at++) {
            Exam exam = exams.get(at);
            for (FindingCode muscle : muscles) {
                Optional<FindingValue> left = exam.value(muscle, Side.LEFT);
                Optional<FindingValue> right = exam.value(muscle, Side.RIGHT);
                if (left.isEmpty() || right.isEmpty()) {
                    continue;
                }
                MrcGrade l = (MrcGrade) left.get();
                MrcGrade r = (MrcGrade) right.get();
                if (Math.abs(l.fullGrade() - r.fullGrade()) >= FULL_GRADES) {
                    checks.add(RuleCheck.holds(muscle.code(), timeline.instantAt(at), timeline.dateAt(at),
                            muscle.label() + ": left " + l.label() + ", right " + r.label() + " on " + timeline.dateAt(at),
                            List.of(exam.id())));
                } else {
                    checks.add(RuleCheck.notHolding(muscle.code(), timeline.instantAt(at), timeline.dateAt(at)));
                }
            }
        }
        return checks;
    }
}
