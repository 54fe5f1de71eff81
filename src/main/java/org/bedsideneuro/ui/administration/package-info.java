/**
 * The medication administration record in the window: logging a PRN (as needed) dose in a few keystrokes from the ward
 * list or the patient page, and the patient's doses by day with who gave them, a wrong entry withdrawn with a reason.
 * Writes go through {@link org.bedsideneuro.service.AdministrationService}, which applies the rules of clinical
 * reference section 6.
 */
package org.bedsideneuro.ui.administration;
