package org.bedsideneuro.app.cli;

import java.time.LocalDate;
import org.bedsideneuro.domain.patient.PatientId;
import picocli.CommandLine.Option;

/**
 * {@code --patient ID [--from DATE] [--to DATE]}: one patient and a period of days, the same for every command that
 * prints or exports one patient's course ({@code timeline}, {@code export-pdf}, {@code export-fhir}). Days are in the
 * computer's time zone; an absent bound is the patient's first record or today, as each command's service decides.
 */
final class PatientPeriod {
    @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient's MRN.")
    String mrn;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD); default: the patient's first record.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD); default: today.")
    LocalDate to;

    PatientId patientId() {
        return new PatientId(mrn);
    }
}
