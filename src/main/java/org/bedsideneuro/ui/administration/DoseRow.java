package org.bedsideneuro.ui.administration;

import org.bedsideneuro.domain.regimen.Administration;

/** One line of the patient's doses as the table shows it. */
public record DoseRow(Administration administration, String day, String time, String order, String dose, String status, String by,
                      String note) {
}
