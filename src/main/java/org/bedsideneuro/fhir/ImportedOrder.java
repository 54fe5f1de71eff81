package org.bedsideneuro.fhir;

import java.util.Map;

/** One MedicationRequest as a row of medications.csv, and what its administrations need to name it. */
record ImportedOrder(Map<String, String> values, ImportedRows.Source source) {
    String get(String column) {
        return values.getOrDefault(column, "");
    }

    boolean counted() {
        return org.bedsideneuro.domain.regimen.DrugCatalog.isOpioid(get("drug"));
    }
}
