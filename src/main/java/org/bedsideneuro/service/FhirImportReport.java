package org.bedsideneuro.service;

import java.util.List;
import org.bedsideneuro.exchange.ImportReport;

/**
 * The outcome of reading a FHIR Bundle into BedsideNeuro: what was written (the exchange import's counts) or every
 * problem, named by resource and element ({@code MedicationAdministration/42: dosage.dose: …}), in which case
 * nothing was written; and in either case what was deliberately not imported, with its code and why.
 *
 * @param written        the import's counts; null when the bundle was refused
 * @param leftOutInError resources marked entered-in-error, left out
 * @param recomputed     BedsideNeuro's own derived resources (exam panels, scores, daily MME), computed again here
 * @param unchanged      resources imported before in the same version (from the same server): nothing to do
 * @param withdrawn      doses withdrawn because the EHR now marks them entered-in-error or corrected them, each with why
 */
public record FhirImportReport(ImportReport written, List<String> problems, List<String> notImported, int leftOutInError, int recomputed,
                               int unchanged, List<String> withdrawn) {
    public FhirImportReport {
        problems = List.copyOf(problems);
        notImported = List.copyOf(notImported);
        withdrawn = List.copyOf(withdrawn);
    }

    public FhirImportReport(ImportReport written, List<String> problems, List<String> notImported, int leftOutInError, int recomputed) {
        this(written, problems, notImported, leftOutInError, recomputed, 0, List.of());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** One line for the command line or a dialog. */
    public String summary() {
        if (!succeeded()) {
            return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found.";
        }
        return written.summary() + " Not imported: " + notImported.size() + ". Entered in error, left out: " + leftOutInError + "."
                + (unchanged > 0 ? " Unchanged in the EHR since the last import: " + unchanged + "." : "")
                + (withdrawn.isEmpty() ? "" : " Withdrawn: " + withdrawn.size() + ".");
    }
}
