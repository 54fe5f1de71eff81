package org.bedsideneuro.fhir;

import java.util.Map;
import org.bedsideneuro.domain.regimen.DrugCatalog;

/** One MedicationRequest as a row of medications.csv, and what its administrations need to name it. */
record ImportedOrder(Map<String, String> values, ImportedRows.Source source) {
    String get(String column) {
        return values.getOrDefault(column, "");
    }

    boolean counted() {
        return DrugCatalog.isOpioid(get("drug"));
    }
}
