package org.bedsideneuro.ui.trend;

import java.math.BigDecimal;

/** Numbers as the trend writes them: no trailing zeros ("12.5", "40"). */
final class TrendFormat {
    private TrendFormat() {
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
