package org.bedsideneuro.domain.finding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A measured number (seconds, beats, jerks, minutes, eGFR). Keeps the digits as recorded ("12.50" stays
 * "12.50" in exports) but compares by value, so "12.5" and "12.50" are the same finding.
 */
public final class NumericValue implements FindingValue, Comparable<NumericValue> {
    private final BigDecimal value;

    public NumericValue(BigDecimal value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static NumericValue of(long whole) {
        return new NumericValue(BigDecimal.valueOf(whole));
    }

    public static NumericValue of(String decimal) {
        return new NumericValue(new BigDecimal(decimal));
    }

    public BigDecimal value() { return value; }

    public double doubleValue() { return value.doubleValue(); }

    @Override public String code() { return value.toPlainString(); }

    @Override
    public int compareTo(NumericValue other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericValue n && value.compareTo(n.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}
