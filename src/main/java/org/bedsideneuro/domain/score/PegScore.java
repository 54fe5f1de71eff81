package org.bedsideneuro.domain.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;

/**
 * The PEG score (Krebs et al., J Gen Intern Med 2009;24:733, doi:10.1007/s11606-009-0981-1; clinical reference
 * section 8): the mean of average pain, interference with enjoyment of life and with general activity, each 0-10.
 * Shown only when all three items are recorded, otherwise "not computable" with the missing items.
 *
 * <p>The mean is kept exactly as the sum of the three items; it is compared through the sum, so that "1 point
 * better" is exactly a sum 3 lower, never a rounded decimal.
 *
 * @param sum     the sum of the three items when all are recorded (0-30)
 * @param missing the items not recorded
 */
public record PegScore(OptionalInt sum, List<FindingCode> missing) {
    /** The three PEG items, in the order the instrument asks them (Krebs 2009). */
    public static final List<FindingCode> ITEMS = List.of(FindingCode.PEG_PAIN, FindingCode.PEG_ENJOYMENT, FindingCode.PEG_ACTIVITY);
    /** Source shown beside the score. */
    public static final String SOURCE = "PEG, Krebs et al., J Gen Intern Med 2009; shared/clinical-reference.md section 8";
    /**
     * The minimally important difference used here: 1 point of the mean, i.e. 3 points of the sum (clinical reference
     * section 8; anchor-based estimates 1.0-1.75, Reed et al., J Pain 2024;25:142).
     */
    public static final int MID_IN_SUM_POINTS = 3;

    public PegScore {
        missing = List.copyOf(missing);
        if (sum.isPresent() == !missing.isEmpty()) {
            throw new IllegalArgumentException("A PEG score is either a number or not computable with its missing items");
        }
        if (sum.isPresent() && (sum.getAsInt() < 0 || sum.getAsInt() > 30)) {
            throw new IllegalArgumentException("PEG: item sum " + sum.getAsInt() + " is outside 0-30");
        }
    }

    public static PegScore of(Collection<Finding> findings) {
        Map<FindingCode, Finding> byCode = findings.stream().filter(f -> ITEMS.contains(f.code()))
                .collect(Collectors.toMap(Finding::code, Function.identity(), (a, b) -> b));
        int sum = 0;
        List<FindingCode> missing = new ArrayList<>();
        for (FindingCode item : ITEMS) {
            Finding f = byCode.get(item);
            if (f == null) {
                missing.add(item);
            } else {
                sum += ((NumericValue) f.value()).value().intValueExact();
            }
        }
        return missing.isEmpty() ? new PegScore(OptionalInt.of(sum), List.of()) : new PegScore(OptionalInt.empty(), missing);
    }

    public boolean computable() {
        return sum.isPresent();
    }

    /** The mean, exact to two decimals (a third is 0.33), when computable. */
    public Optional<BigDecimal> mean() {
        return computable() ? Optional.of(BigDecimal.valueOf(sum.getAsInt()).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP))
                : Optional.empty();
    }

    /** "PEG 6.3 (0-10)" with one decimal, or "PEG not computable (missing: ...)". */
    public String display() {
        if (!computable()) {
            return "PEG not computable (missing: " + missing.stream().map(FindingCode::label).collect(Collectors.joining("; ")) + ")";
        }
        return "PEG " + oneDecimal() + " (0-10)";
    }

    /** The mean with one decimal, e.g. "6.3"; empty when not computable. */
    public String oneDecimal() {
        return mean().map(m -> m.setScale(1, RoundingMode.HALF_UP).toPlainString()).orElse("");
    }

    /**
     * True when this PEG is at least the minimally important difference (1 point of the mean) better, that is lower,
     * than {@code before}. Both must be computable.
     */
    public boolean improvedByAtLeastMidFrom(PegScore before) {
        if (!computable() || !before.computable()) {
            throw new IllegalStateException("Both PEG scores must be complete to compare them");
        }
        return before.sum.getAsInt() - sum.getAsInt() >= MID_IN_SUM_POINTS;
    }
}
