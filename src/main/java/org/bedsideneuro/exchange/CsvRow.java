package org.bedsideneuro.exchange;

import java.util.Map;

/** One data row of an exchange file: its line (where the row starts, header = line 1) and its cells by column name. */
record CsvRow(ExchangeFile file, long line, Map<String, String> cells) {
    CsvRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text as written; never null (every column is present once the header has been checked). */
    String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column + " in " + file.fileName());
        }
        return value;
    }

    ExchangeProblem problem(String column, String message) {
        return ExchangeProblem.atCell(file.fileName(), line, column, message);
    }
}
