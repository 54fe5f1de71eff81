package org.bedsideneuro.exchange;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bedsideneuro.domain.finding.Coded;

/**
 * Collects what is wrong with the cells of one row, so that every wrong cell is reported and not only the first
 * (shared/exchange-format.md: "all of them"). Values are checked by the domain's own constructors; their messages
 * start with the field's name ("Birth date: ..."), which {@link #fromDomain} turns back into the column.
 */
final class CellProblems {
    private final CsvRow row;
    private final List<ExchangeProblem> problems = new ArrayList<>();

    CellProblems(CsvRow row) {
        this.row = row;
    }

    void add(String column, String message) {
        problems.add(row.problem(column, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ExchangeProblem> list() {
        return problems;
    }

    /** Parses one cell; a failure is recorded against the column and gives empty. */
    <T> Optional<T> cell(String column, Function<String, T> parser) {
        try {
            return Optional.ofNullable(parser.apply(row.get(column)));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            add(column, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /** A code from a closed list (sex, role, unit, route), with the allowed codes in the message. */
    <E extends Enum<E> & Coded> Optional<E> coded(String column, Class<E> type) {
        String text = row.get(column);
        Optional<E> value = Coded.byCode(type, text);
        if (value.isEmpty()) {
            add(column, (text.isEmpty() ? "empty" : "'" + text + "' is not allowed") + "; allowed values: " + Coded.allowedCodes(type));
        }
        return value;
    }

    /**
     * Records a domain constructor's refusal against the column its message names ("Stop: ... is not after the start"
     * goes to {@code stop}); a message naming no known field goes to {@code fallback}.
     */
    void fromDomain(RuntimeException e, Map<String, String> fieldToColumn, String fallback) {
        String message = String.valueOf(e.getMessage());
        for (Map.Entry<String, String> field : fieldToColumn.entrySet()) {
            String prefix = field.getKey() + ": ";
            if (message.startsWith(prefix)) {
                add(field.getValue(), message.substring(prefix.length()));
                return;
            }
        }
        add(fallback, message);
    }
}
