package org.bedsideneuro.domain.ncs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.NumericValue;

/**
 * How far an amplitude fell from the same nerve's first study (shared/clinical-reference.md section 9, amplitude_fell).
 * Compared as recorded, without lower limits: a fall needs none. Absent now is a 100 % fall; a first study that was
 * absent or 0 has nothing to fall from.
 */
public final class AmplitudeFall {
    /**
     * Between-session variation of nerve conduction amplitudes is 15-20 % (Kong et al., Biomed Eng Online 2009;8:33).
     * Shown beside the threshold so the reader knows what a smaller fall may be.
     */
    public static final String TEST_RETEST_VARIATION = "15-20 %";

    /**
     * A fall of at least 50 % from the first study. No validated threshold exists: 50 % is BedsideNeuro's own, chosen
     * well above the 15-20 % test-retest variation (Kong 2009), and labelled so wherever it is shown.
     */
    public static final BigDecimal THRESHOLD_PERCENT = BigDecimal.valueOf(50);

    public static final String THRESHOLD_LABEL = "BedsideNeuro's own threshold of " + THRESHOLD_PERCENT.toPlainString()
            + " %, above the " + TEST_RETEST_VARIATION + " between-session variation of amplitudes (Kong 2009)";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AmplitudeFall() {
    }

    /** The fall in percent of the first value, exact (negative for a rise); empty when the first value is absent or 0. */
    public static Optional<BigDecimal> percent(FindingValue first, FindingValue now) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(now, "now");
        if (!(first instanceof NumericValue f) || f.value().signum() == 0) {
            return Optional.empty();
        }
        if (now == NoResponse.ABSENT) {
            return Optional.of(HUNDRED);
        }
        BigDecimal n = ((NumericValue) now).value();
        return Optional.of(f.value().subtract(n).multiply(HUNDRED).divide(f.value(), 10, RoundingMode.HALF_EVEN));
    }

    /** True when {@code now} is at least {@link #THRESHOLD_PERCENT} below {@code first}. */
    public static boolean fell(FindingValue first, FindingValue now) {
        return percent(first, now).map(p -> p.compareTo(THRESHOLD_PERCENT) >= 0).orElse(false);
    }

    /** The fall as printed: whole percent rounded down, so that a fall shown as "50 %" has reached the threshold. */
    public static String text(BigDecimal percent) {
        return percent.setScale(0, RoundingMode.FLOOR).toPlainString() + " %";
    }
}
