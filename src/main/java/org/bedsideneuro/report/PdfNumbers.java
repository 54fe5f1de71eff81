package org.bedsideneuro.report;

import java.math.BigDecimal;

/** Numbers as the summary prints them: no trailing zeros ("12.5", "300"). */
final class PdfNumbers {
    private PdfNumbers() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
