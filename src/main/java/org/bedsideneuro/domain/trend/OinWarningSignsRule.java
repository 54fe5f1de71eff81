package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.YesNo;

/**
 * oin_warning_signs (reference section 7): while daily MME &gt; 0, CAM positive, hallucinations, hyperalgesia, allodynia
 * or seizure recorded. Checked at each exam or observation recording any of these items.
 */
public final class OinWarningSignsRule implements FlagRule {
    /** Reference section 7: the five warning items. */
    static final List<FindingCode> ITEMS = List.of(FindingCode.DELIRIUM_CAM, FindingCode.HALLUCINATIONS,
            FindingCode.HYPERALGESIA, FindingCode.ALLODYNIA, FindingCode.SEIZURE);
    private static final String SUBJECT = "oin";

    @Override public FlagCode code() { return FlagCode.OIN_WARNING_SIGNS; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<RuleCheck> checks = new ArrayList<>();
        List<Exam> exams = timeline.exams();
        for (int at = 0; at < exams.size(); at++) {
            Exam exam = exams.get(at);
            if (!recordsAny(exam)) {
                continue;
            }
            List<String> positive = new ArrayList<>();
            for (FindingCode item : ITEMS) {
                exam.value(item).filter(OinWarningSignsRule::isPositive).ifPresent(v -> positive.add(item.label() + ": " + v.code()));
            }
            Optional<BigDecimal> mme = timeline.mmeOn(timeline.dateAt(at));
            if (!positive.isEmpty() && mme.filter(m -> m.signum() > 0).isPresent()) {
                checks.add(RuleCheck.holds(SUBJECT, timeline.instantAt(at), timeline.dateAt(at),
                        String.join(", ", positive) + " on " + timeline.dateAt(at) + " at daily MME " + mme.get().toPlainString(),
                        List.of(exam.id())));
            } else {
                checks.add(RuleCheck.notHolding(SUBJECT, timeline.instantAt(at), timeline.dateAt(at)));
            }
        }
        return checks;
    }

    private static boolean recordsAny(Exam exam) {
        for (FindingCode item : ITEMS) {
            if (exam.value(item).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static boolean isPositive(FindingValue value) {
        return value == YesNo.YES || value == CamResult.POSITIVE;
    }
}
