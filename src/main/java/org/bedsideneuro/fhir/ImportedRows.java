package org.bedsideneuro.fhir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows a FHIR Bundle becomes, one table per file of the exchange format (shared/exchange-format.md, version 2),
 * each row remembering the resource it came from and, per column, the element it was read from: the import's rules
 * are the exchange format's, and a problem it finds at {@code file:line: column} is told back as
 * {@code MedicationAdministration/42: dosage.dose}.
 */
public final class ImportedRows {
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    private final Map<String, List<Source>> sources = new LinkedHashMap<>();

    ImportedRows() {
        columns.put("patients.csv", List.of("patient_id", "family_name", "given_name", "birth_date", "sex", "ward", "bed"));
        columns.put("medications.csv", List.of("patient_id", "drug", "kind", "dose", "unit", "route", "doses_per_day", "start", "stop",
                "indication", "outcome", "note"));
        columns.put("administrations.csv", List.of("patient_id", "drug", "route", "order_start", "order_kind", "given_at", "period_start",
                "dose", "unit", "status", "given_by", "role", "note"));
        columns.put("findings.csv", List.of("patient_id", "recorded_at", "recorded_by", "role", "finding", "side", "value", "note"));
    }

    /** Where a row came from: the resource ({@code Type/id}) and, by column, the FHIRPath of the element. */
    public record Source(String resource, Map<String, String> paths) {
        /** The element's path for {@code column}, or null when the column is not read from one element. */
        public String path(String column) {
            return column == null ? null : paths.get(column);
        }
    }

    /** Adds a row to {@code file}: values by column (a column left out is empty), from {@code source}. */
    void add(String file, Map<String, String> values, Source source) {
        List<String> row = new ArrayList<>();
        for (String column : columns.get(file)) {
            String v = values.get(column);
            row.add(v == null ? "" : v);
        }
        rows.computeIfAbsent(file, k -> new ArrayList<>()).add(row);
        sources.computeIfAbsent(file, k -> new ArrayList<>()).add(source);
    }

    /** One row: its file, its line in {@link #files()} (the header is line 1), where it came from, its values by column. */
    public record Row(String file, long line, Source source, Map<String, String> values) {
    }

    /** Every row, file by file, in order. */
    public List<Row> all() {
        List<Row> all = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> file : rows.entrySet()) {
            List<String> header = columns.get(file.getKey());
            for (int i = 0; i < file.getValue().size(); i++) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), file.getValue().get(i).get(c));
                }
                all.add(new Row(file.getKey(), i + 2, sources.get(file.getKey()).get(i), values));
            }
        }
        return all;
    }

    /** These rows less those {@code leftOut} names (a row of a resource already imported in this version, say). */
    public ImportedRows without(Predicate<Row> leftOut) {
        ImportedRows kept = new ImportedRows();
        for (Row row : all()) {
            if (!leftOut.test(row)) {
                kept.add(row.file(), row.values(), row.source());
            }
        }
        return kept;
    }

    /** How many rows {@code file} has. */
    public int count(String file) {
        return rows.getOrDefault(file, List.of()).size();
    }

    /** Each file that has rows, as the CSV text of the exchange format (header first). */
    public Map<String, String> files() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<String>>> file : rows.entrySet()) {
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                printer.printRecord(columns.get(file.getKey()));
                for (List<String> row : file.getValue()) {
                    printer.printRecord(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            texts.put(file.getKey(), out.toString());
        }
        return texts;
    }

    /** The resource that line {@code line} of {@code file} came from (the header is line 1), or null. */
    public Source source(String file, long line) {
        List<Source> of = sources.get(file);
        int index = (int) line - 2;
        return of == null || index < 0 || index >= of.size() ? null : of.get(index);
    }
}
