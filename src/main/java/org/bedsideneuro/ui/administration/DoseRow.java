package org.bedsideneuro.ui.administration;

import org.bedsideneuro.domain.regimen.Administration;

/**
 * One line of the patient's doses as the table shows it; {@code source} says where an imported dose came from
 * ("From the EHR: https://…/MedicationAdministration/42 version 3"), empty for a dose charted here.
 */
public record DoseRow(Administration administration, String day, String time, String order, String dose, String status, String by,
                      String note, String source) {
    /** "EHR" for a dose imported from the hospital's record, for the table's narrow From column. */
    public String from() {
        return source.isEmpty() ? "" : "EHR";
    }
}
