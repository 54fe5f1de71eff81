package org.bedsideneuro.domain.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Which way the jerk rate went from one observation to the next. Compared at the precision the rate is shown
 * ({@link JerkRate#SCALE}), so two rates that read the same on screen never show an arrow the nurse cannot explain.
 */
public enum RateDirection {
    UP("↑", "rising"),
    DOWN("↓", "falling"),
    SAME("→", "unchanged");

    private final String arrow;
    private final String words;

    RateDirection(String arrow, String words) {
        this.arrow = arrow;
        this.words = words;
    }

    public String arrow() { return arrow; }
    public String words() { return words; }

    /** The direction from {@code previous} to {@code latest}; empty when either is unknown (a first observation). */
    public static Optional<RateDirection> between(BigDecimal previous, BigDecimal latest) {
        if (previous == null || latest == null) {
            return Optional.empty();
        }
        int c = latest.setScale(JerkRate.SCALE, RoundingMode.HALF_UP).compareTo(previous.setScale(JerkRate.SCALE, RoundingMode.HALF_UP));
        return Optional.of(c > 0 ? UP : c < 0 ? DOWN : SAME);
    }
}
