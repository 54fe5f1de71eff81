package org.bedsideneuro.domain.ncs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.AmplitudeScale;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;

/**
 * One value of a nerve conduction study (an amplitude or a velocity, one nerve and side) with the lower limit of normal
 * recorded in the same study (shared/clinical-reference.md section 9). A lower limit is never taken from another study:
 * without its own, the value is "lower limit not recorded" and is never compared.
 *
 * @param lowerLimit null when the study did not record one
 */
public record NcsReading(FindingKey key, FindingValue value, NumericValue lowerLimit) {
    public static final String NO_LOWER_LIMIT_TEXT = "lower limit not recorded";

    /** The mark beside a value below its own lower limit, in tables. */
    public static final String BELOW_MARK = "▼";

    public NcsReading {
        Objects.requireNonNull(key, "finding");
        Objects.requireNonNull(value, "value");
        if (Nerve.lowerLimitOf(key.code()).isEmpty()) {
            throw new IllegalArgumentException(key.code().code() + " is not a nerve conduction value");
        }
    }


    /** How a value stands against its own lower limit. */
    public enum Standing {
        /** At or above the lower limit (a value at its lower limit is normal; absent is normal only with a limit of 0). */
        NORMAL,
        /** Below the lower limit, or absent with a positive lower limit. */
        BELOW,
        /** No lower limit recorded in this study: shown, never compared. */
        NO_LOWER_LIMIT
    }

    /** The reading of {@code measure} (an amplitude or velocity code) on {@code side} in {@code exam}, if it records one. */
    public static Optional<NcsReading> of(Exam exam, FindingCode measure, Side side) {
        FindingCode limitCode = Nerve.lowerLimitOf(measure)
                .orElseThrow(() -> new IllegalArgumentException(measure.code() + " is not a nerve conduction value"));
        return exam.value(measure, side).map(v -> new NcsReading(FindingKey.of(measure, side), v,
                exam.value(limitCode, side).map(NumericValue.class::cast).orElse(null)));
    }

    public Optional<NumericValue> optionalLowerLimit() {
        return Optional.ofNullable(lowerLimit);
    }

    public boolean absent() {
        return value == NoResponse.ABSENT;
    }

    public Standing standing() {
        if (lowerLimit == null) {
            return Standing.NO_LOWER_LIMIT;
        }
        if (absent()) {
            return lowerLimit.value().signum() > 0 ? Standing.BELOW : Standing.NORMAL;
        }
        return ((NumericValue) value).compareTo(lowerLimit) < 0 ? Standing.BELOW : Standing.NORMAL;
    }

    /**
     * The value as a percentage of its own lower limit, rounded to a whole percent (absent = 0 %): what lets different
     * laboratories' norms read alike. Empty without a lower limit, or with a lower limit of 0 (no percentage of 0).
     */
    public Optional<BigDecimal> percentOfLowerLimit() {
        if (lowerLimit == null || lowerLimit.value().signum() == 0) {
            return Optional.empty();
        }
        if (absent()) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Optional.of(((NumericValue) value).value().multiply(BigDecimal.valueOf(100))
                .divide(lowerLimit.value(), 0, RoundingMode.HALF_UP));
    }

    /** "µV", "mV" or "m/s". */
    public String unit() {
        return key.code().scale() instanceof AmplitudeScale a ? a.displayUnit() : "m/s";
    }

    /** "2.1 µV (lower limit 4 µV, 53 %)", "absent (lower limit 4 µV)", "8 µV (lower limit not recorded)". */
    public String text() {
        String shown = absent() ? "absent" : value.code() + " " + unit();
        if (lowerLimit == null) {
            return shown + " (" + NO_LOWER_LIMIT_TEXT + ")";
        }
        String limit = "lower limit " + lowerLimit.code() + " " + unit();
        return shown + " (" + limit + percentOfLowerLimit().filter(p -> !absent()).map(p -> ", " + p.toPlainString() + " %").orElse("")
                + (standing() == Standing.BELOW ? ", below" : "") + ")";
    }

    /** For a table cell: "2.1 ▼ (LLN 4, 53 %)", "absent ▼ (LLN 3)", "8 (LLN 0)", "8 (LLN not recorded)"; the unit is in the row. */
    public String shortText() {
        String shown = absent() ? "absent" : value.code();
        if (lowerLimit == null) {
            return shown + " (LLN not recorded)";
        }
        return shown + (standing() == Standing.BELOW ? " " + BELOW_MARK : "") + " (LLN " + lowerLimit.code()
                + percentOfLowerLimit().filter(p -> !absent()).map(p -> ", " + p.toPlainString() + " %").orElse("") + ")";
    }
}
