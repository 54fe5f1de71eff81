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
        for (Exam exam : timeline.exams()) {
            if (ITEMS.stream().noneMatch(c -> exam.value(c).isPresent())) {
                continue;
            }
            List<String> positive = new ArrayList<>();
            for (FindingCode item : ITEMS) {
                exam.value(item).filter(OinWarningSignsRule::isPositive).ifPresent(v -> positive.add(item.label() + ": " + v.code()));
            }
            Optional<BigDecimal> mme = timeline.mmeOn(timeline.dateOf(exam));
            if (!positive.isEmpty() && mme.filter(m -> m.signum() > 0).isPresent()) {
                checks.add(RuleCheck.holds(SUBJECT, exam.recordedAt().toInstant(), timeline.dateOf(exam),
                        String.join(", ", positive) + " on " + timeline.dateOf(exam) + " at daily MME " + mme.get().toPlainString(),
                        List.of(exam.id())));
            } else {
                checks.add(RuleCheck.notHolding(SUBJECT, exam.recordedAt().toInstant(), timeline.dateOf(exam)));
            }
        }
        return checks;
    }

    static boolean isPositive(FindingValue value) {
        return value == YesNo.YES || value == CamResult.POSITIVE;
    }
}
