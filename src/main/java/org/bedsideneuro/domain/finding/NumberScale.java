package org.bedsideneuro.domain.finding;

import java.math.BigDecimal;

/** A measured number between two bounds, whole or decimal, with its UCUM unit. */
public final class NumberScale implements Scale {
    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean whole;
    private final String unit;

    private NumberScale(BigDecimal min, BigDecimal max, boolean whole, String unit) {
        this.min = min;
        this.max = max;
        this.whole = whole;
        this.unit = unit;
    }

    public static NumberScale whole(long min, long max, String unit) {
        return new NumberScale(BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, unit);
    }

    public static NumberScale decimal(String min, String max, String unit) {
        return new NumberScale(new BigDecimal(min), new BigDecimal(max), false, unit);
    }

    public boolean isWhole() { return whole; }
    public BigDecimal min() { return min; }
    public BigDecimal max() { return max; }
    /** UCUM unit, e.g. "s", "min", "{beats}", "mL/min/{1.73_m2}". */
    public String unit() { return unit; }

    @Override
    public NumericValue parse(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number; allowed values: " + allowed());
        }
        NumericValue value = new NumericValue(number);
        if (!accepts(value)) {
            throw new IllegalArgumentException("'" + text + "' is out of range; allowed values: " + allowed());
        }
        return value;
    }

    @Override
    public boolean accepts(FindingValue value) {
        if (!(value instanceof NumericValue n)) {
            return false;
        }
        BigDecimal v = n.value();
        if (whole && v.stripTrailingZeros().scale() > 0) {
            return false;
        }
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    @Override
    public String allowed() {
        return (whole ? "a whole number " : "a decimal number ") + min.toPlainString() + " to " + max.toPlainString();
    }
}
