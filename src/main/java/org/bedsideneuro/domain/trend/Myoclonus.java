package org.bedsideneuro.domain.trend;

import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MyoclonusDistribution;
import org.bedsideneuro.domain.finding.NumericValue;

/** Reading an observation for myoclonus (reference section 7: count above 0 or distribution other than none). */
final class Myoclonus {
    private Myoclonus() {
    }

    /** Present or not, when the exam records a jerk count or a distribution; empty when it records neither. */
    static Optional<Boolean> present(Exam exam) {
        Optional<Boolean> byCount = exam.value(FindingCode.JERK_COUNT).map(v -> ((NumericValue) v).value().signum() > 0);
        Optional<Boolean> byDistribution = exam.value(FindingCode.DISTRIBUTION).map(v -> v != MyoclonusDistribution.NONE);
        if (byCount.isEmpty() && byDistribution.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(byCount.orElse(false) || byDistribution.orElse(false));
    }

    static String describe(Exam exam) {
        StringBuilder text = new StringBuilder();
        exam.value(FindingCode.JERK_COUNT).ifPresent(v -> text.append(v.code()).append(" jerks"));
        exam.value(FindingCode.WINDOW_MINUTES).ifPresent(v -> text.append(" in ").append(v.code()).append(" min"));
        exam.value(FindingCode.DISTRIBUTION).ifPresent(v -> text.append(text.isEmpty() ? "" : ", ").append(v.code()));
        return text.toString();
    }
}
