package org.bedsideneuro.domain.finding;

import java.math.BigDecimal;

/**
 * A nerve conduction amplitude (shared/clinical-reference.md section 9): a decimal from 0 to a bound in its UCUM unit,
 * or {@link NoResponse#ABSENT}. A negative number is refused with its own message: an amplitude cannot be below 0.
 */
public final class AmplitudeScale implements Scale {
    private final NumberScale numbers;

    AmplitudeScale(String max, String unit) {
        this.numbers = NumberScale.decimal("0", max, unit);
    }

    /** UCUM unit: "uV" or "mV". */
    public String unit() { return numbers.unit(); }

    public BigDecimal max() { return numbers.max(); }

    @Override
    public FindingValue parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals(NoResponse.ABSENT.code())) {
            return NoResponse.ABSENT;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number; allowed values: " + allowed());
        }
        if (number.signum() < 0) {
            throw new IllegalArgumentException("'" + text + "' is below 0: an amplitude cannot be negative"
                    + " (no response is recorded as 'absent'); allowed values: " + allowed());
        }
        return numbers.parse(t);
    }

    @Override
    public boolean accepts(FindingValue value) {
        return value == NoResponse.ABSENT || numbers.accepts(value);
    }

    @Override
    public String allowed() {
        return numbers.allowed() + " (" + displayUnit() + "), or absent";
    }

    /** The unit as printed: µV or mV. */
    public String displayUnit() {
        return numbers.unit().equals("uV") ? "µV" : numbers.unit();
    }
}
