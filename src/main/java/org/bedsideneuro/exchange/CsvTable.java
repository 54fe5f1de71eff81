package org.bedsideneuro.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one exchange file into rows: strict UTF-8, RFC 4180 through Commons CSV, the header checked against the
 * contract's columns (any order, none missing, none unknown: shared/exchange-format.md). Problems are added to the
 * list given; rows are returned only for a file whose header is right.
 */
final class CsvTable {
    /** RFC 4180 as the contract says; blank lines are kept as records so that character positions stay exact. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvTable() {
    }

    /** The file's rows, or empty when the file is missing; problems with the file or its header go to {@code problems}. */
    static Optional<List<CsvRow>> read(Path folder, ExchangeFile kind, List<ExchangeProblem> problems) {
        Path path = folder.resolve(kind.fileName());
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(ExchangeProblem.atLine(kind.fileName(), 0, "cannot be read (" + e.getMessage() + ")"));
            return Optional.of(List.of());
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (decoded.text() == null) {
            problems.add(ExchangeProblem.atLine(kind.fileName(), decoded.badLine(), "file is not valid UTF-8"));
            return Optional.of(List.of());
        }
        return Optional.of(parse(kind, decoded.text(), problems));
    }

    static List<CsvRow> parse(ExchangeFile kind, String text, List<ExchangeProblem> problems) {
        String name = kind.fileName();
        LineIndex lines = new LineIndex(text);
        List<CsvRow> rows = new ArrayList<>();
        // Line breaks read up to the end of the last good record: a record that cannot be parsed starts on the next line.
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> header = null;
            for (CSVRecord record : parser) {
                linesRead = parser.getCurrentLineNumber();
                long line = lines.lineOf(record.getCharacterPosition());
                if (isBlank(record)) {
                    continue; // an empty line records nothing (spreadsheets often leave one at the end)
                }
                if (header == null) {
                    header = header(kind, record, line, problems);
                    if (header == null) {
                        return List.of();
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(ExchangeProblem.atLine(name, line, "has " + record.size() + " fields, the header has " + header.size()));
                    continue;
                }
                String[] values = new String[record.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(i);
                }
                rows.add(new CsvRow(kind, line, header, values));
            }
            if (header == null) {
                problems.add(ExchangeProblem.atLine(name, 1, "no header (the file is empty); expected " + String.join(",", kind.columns())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV stops at broken quoting (e.g. an unclosed quote); what follows cannot be read as rows.
            problems.add(ExchangeProblem.atLine(name, linesRead + 1, "not valid CSV (" + message(e)
                    + "); check the quotes: a field with a comma, quote or line break is written in double quotes, a quote inside it doubled"));
        }
        return rows;
    }

    private static Map<String, Integer> header(ExchangeFile kind, CSVRecord record, long line, List<ExchangeProblem> problems) {
        Map<String, Integer> header = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i);
            if (!kind.columns().contains(column)) {
                problems.add(ExchangeProblem.atCell(kind.fileName(), line, "header", "unknown column '" + column + "'; allowed: "
                        + String.join(", ", kind.columns())));
                ok = false;
            } else if (header.putIfAbsent(column, i) != null) {
                problems.add(ExchangeProblem.atCell(kind.fileName(), line, "header", "column '" + column + "' appears twice"));
                ok = false;
            }
        }
        for (String column : kind.columns()) {
            if (!header.containsKey(column) && !kind.isOptional(column)) {
                problems.add(ExchangeProblem.atCell(kind.fileName(), line, "header", "missing column '" + column + "'"));
                ok = false;
            }
        }
        return ok ? Map.copyOf(header) : null;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return String.valueOf(cause.getMessage());
    }
}
