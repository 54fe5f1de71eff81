package org.bedsideneuro.exchange;

import java.util.Map;

/**
 * One data row of an exchange file: its line (where the row starts, header = line 1) and its cells. The cells are the
 * record's values in file order, found by the file's header (column name to position), which all rows share: a map
 * per row was a large part of reading a whole ward's 3.3 million rows.
 */
final class CsvRow {
    private final ExchangeFile file;
    private final long line;
    private final Map<String, Integer> header;
    private final String[] values;

    CsvRow(ExchangeFile file, long line, Map<String, Integer> header, String[] values) {
        this.file = file;
        this.line = line;
        this.header = header;
        this.values = values;
    }

    ExchangeFile file() {
        return file;
    }

    long line() {
        return line;
    }

    /**
     * The cell's text as written; never null (every required column is present once the header has been checked; an
     * optional column the file leaves out reads as empty, "not recorded").
     */
    String get(String column) {
        Integer index = header.get(column);
        if (index == null && file.isOptional(column)) {
            return "";
        }
        if (index == null) {
            throw new IllegalArgumentException("no column " + column + " in " + file.fileName());
        }
        return values[index];
    }

    ExchangeProblem problem(String column, String message) {
        return ExchangeProblem.atCell(file.fileName(), line, column, message);
    }
}
