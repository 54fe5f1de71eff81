package org.bedsideneuro.domain.exam;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;

/**
 * Jerk rate of a myoclonus observation: count / window (minutes) x 60, per hour (shared/clinical-reference.md
 * section 5). Computed, never stored as a finding (shared/exchange-format.md).
 */
public final class JerkRate {
    /** Jerks per hour are shown to one decimal (ours). */
    public static final int SCALE = 1;
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private JerkRate() {
    }

    /** Jerks per hour from a count over a window of minutes (reference section 5: count / window x 60). */
    public static BigDecimal perHour(BigDecimal count, BigDecimal windowMinutes) {
        if (count.signum() < 0) {
            throw new IllegalArgumentException("Jerk count: must not be negative");
        }
        if (windowMinutes.signum() <= 0) {
            throw new IllegalArgumentException("Observation window: must be above 0 minutes");
        }
        return count.multiply(MINUTES_PER_HOUR).divide(windowMinutes, MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The exam's jerk rate, when it records both the jerk count and the window; otherwise empty. */
    public static Optional<BigDecimal> of(Exam exam) {
        Optional<BigDecimal> count = exam.value(FindingCode.JERK_COUNT).map(v -> ((NumericValue) v).value());
        Optional<BigDecimal> window = exam.value(FindingCode.WINDOW_MINUTES).map(v -> ((NumericValue) v).value());
        if (count.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(perHour(count.get(), window.get()));
    }
}
