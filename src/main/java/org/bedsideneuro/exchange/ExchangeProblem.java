package org.bedsideneuro.exchange;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an exchange folder, where it is and what is wrong, printed as
 * {@code file:line: column: what is wrong} (shared/exchange-format.md: lines counted from 1, the header being line 1).
 * A problem with a whole file (no header, not UTF-8) has no column; one with the folder has no file and no line.
 */
public record ExchangeProblem(String file, long line, String column, String message) {
    /**
     * Folder first, then the files in the contract's order (patients, medications, administrations, findings), each by
     * line, and within a line by the contract's column order: a row's problems read the same whichever check found them.
     */
    static final Comparator<ExchangeProblem> IN_FILE_ORDER = Comparator
            .comparingInt((ExchangeProblem p) -> p.exchangeFile().map(f -> f.ordinal() + 1).orElse(0))
            .thenComparingLong(ExchangeProblem::line)
            .thenComparingInt(ExchangeProblem::columnPosition);

    public ExchangeProblem {
        Objects.requireNonNull(message, "message");
    }

    private Optional<ExchangeFile> exchangeFile() {
        return Arrays.stream(ExchangeFile.values()).filter(f -> f.fileName().equals(file)).findFirst();
    }

    /** The column's place in the contract; -1 (first) for a problem with the whole line or the header. */
    private int columnPosition() {
        return exchangeFile().map(f -> f.columns().indexOf(column)).orElse(-1);
    }

    static ExchangeProblem atCell(String file, long line, String column, String message) {
        return new ExchangeProblem(file, line, column, message);
    }

    static ExchangeProblem atLine(String file, long line, String message) {
        return new ExchangeProblem(file, line, null, message);
    }

    static ExchangeProblem inFolder(String message) {
        return new ExchangeProblem(null, 0, null, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(':');
            if (line > 0) {
                text.append(line).append(':');
            }
            text.append(' ');
        }
        if (column != null) {
            text.append(column).append(": ");
        }
        return text.append(message).toString();
    }
}
