package org.bedsideneuro.exchange;

import java.util.List;

/** The three files of an exchange folder with their columns, in the order shared/exchange-format.md lists them. */
public enum ExchangeFile {
    PATIENTS("patients.csv", List.of("patient_id", "family_name", "given_name", "birth_date", "sex", "ward", "bed")),
    MEDICATIONS("medications.csv", List.of("patient_id", "drug", "dose", "unit", "route", "doses_per_day", "start", "stop", "note")),
    FINDINGS("findings.csv", List.of("patient_id", "recorded_at", "recorded_by", "role", "finding", "side", "value", "note"));

    private final String fileName;
    private final List<String> columns;

    ExchangeFile(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** Column names in the contract's order: the order the writer uses for its header. */
    public List<String> columns() {
        return columns;
    }
}
