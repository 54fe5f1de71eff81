package org.bedsideneuro.exchange;

import java.util.List;

/**
 * The outcome of an import: either what was written (counts per kind) or every problem found, in which case nothing
 * was written (shared/exchange-format.md: "an import is all or nothing").
 */
public record ImportReport(List<ExchangeProblem> problems, int patientsAdded, int patientsMoved, int patientsSkipped,
                           int ordersAdded, int ordersSkipped, int administrationsAdded, int administrationsSkipped, int examsAdded,
                           int findingsAdded, int findingsSkipped) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport rejected(List<ExchangeProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected import names at least one problem");
        }
        return new ImportReport(problems, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** True when the folder was imported; false when it was refused and nothing was written. */
    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** One line for the command line or a dialog. */
    public String summary() {
        if (!succeeded()) {
            return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found.";
        }
        return "Patients: " + patientsAdded + " added, " + patientsMoved + " moved, " + patientsSkipped + " already there. "
                + "Orders: " + ordersAdded + " added, " + ordersSkipped + " already there. "
                + "Administrations: " + administrationsAdded + " added, " + administrationsSkipped + " already there. "
                + "Findings: " + findingsAdded + " added in " + examsAdded + " exams or observations, " + findingsSkipped + " already there.";
    }
}
