package org.bedsideneuro.exchange;

import java.util.List;

/**
 * The files of an exchange folder with their columns, in the order shared/exchange-format.md lists them; the writer
 * writes every column (version 2), the reader accepts a file without the optional ones (version 1).
 */
public enum ExchangeFile {
    PATIENTS("patients.csv", List.of("patient_id", "family_name", "given_name", "birth_date", "sex", "ward", "bed"), List.of()),
    /** Version 2 adds kind, indication and outcome; a file without them is version 1 (every order scheduled). */
    MEDICATIONS("medications.csv", List.of("patient_id", "drug", "kind", "dose", "unit", "route", "doses_per_day", "start", "stop",
            "indication", "outcome", "note"), List.of("kind", "indication", "outcome")),
    /**
     * Version 2, an optional file: the doses given, held or refused and the PCA readings, each naming its order by
     * patient, drug, route and start (and kind, where a PCA and its basal infusion share those).
     */
    ADMINISTRATIONS("administrations.csv", List.of("patient_id", "drug", "route", "order_start", "order_kind", "given_at",
            "period_start", "dose", "unit", "status", "given_by", "role", "note"), List.of("order_kind")),
    FINDINGS("findings.csv", List.of("patient_id", "recorded_at", "recorded_by", "role", "finding", "side", "value", "note"), List.of());

    private final String fileName;
    private final List<String> columns;
    private final List<String> optional;

    ExchangeFile(String fileName, List<String> columns, List<String> optional) {
        this.fileName = fileName;
        this.columns = columns;
        this.optional = optional;
    }

    /** Columns a file may leave out (it is then of an earlier version of the format). */
    public boolean isOptional(String column) {
        return optional.contains(column);
    }

    public String fileName() {
        return fileName;
    }

    /** Column names in the contract's order: the order the writer uses for its header. */
    public List<String> columns() {
        return columns;
    }
}
