package org.bedsideneuro.ui.ehr;

import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.exchange.ImportReport;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirPullService;

/**
 * What an update from the EHR would change, in the words of the preview dialog: counts of what is new, what is
 * already in BedsideNeuro, what is not imported (with its code and why), problems (by resource and element; any one
 * and nothing can be applied) and patients the EHR could not name.
 */
public record EhrPreview(String about, List<String> changes, List<String> notImported, List<String> problems, List<String> notRead,
                         boolean canApply) {
    public EhrPreview {
        changes = List.copyOf(changes);
        notImported = List.copyOf(notImported);
        problems = List.copyOf(problems);
        notRead = List.copyOf(notRead);
    }

    static EhrPreview of(String about, FhirPullService.Pulled pulled) {
        FhirImportReport report = pulled.wouldChange();
        List<String> changes = new ArrayList<>();
        if (report == null) {
            return new EhrPreview(about, List.of("Nothing was read."), List.of(), List.of(), pulled.notRead(), false);
        }
        ImportReport w = report.written();
        boolean anything = false;
        if (w != null) {
            if (w.patientsAdded() > 0) {
                changes.add(count(w.patientsAdded(), "new patient", "new patients"));
            }
            if (w.patientsMoved() > 0) {
                changes.add(count(w.patientsMoved(), "patient moved to another ward or bed", "patients moved to another ward or bed"));
            }
            changes.add(count(w.ordersAdded(), "new order", "new orders"));
            changes.add(count(w.administrationsAdded(), "new dose", "new doses"));
            changes.add(count(w.findingsAdded(), "new eGFR value", "new eGFR values"));
            changes.add("Already in BedsideNeuro: " + w.ordersSkipped() + " orders, " + w.administrationsSkipped() + " doses, "
                    + w.findingsSkipped() + " eGFR values.");
            anything = w.patientsAdded() + w.patientsMoved() + w.ordersAdded() + w.administrationsAdded() + w.findingsAdded() > 0;
        }
        for (String reason : report.withdrawn()) {
            changes.add("Withdrawn, " + reason + ".");
            anything = true;
        }
        if (report.unchanged() > 0) {
            changes.add("Unchanged in the EHR since the last update: " + report.unchanged() + ".");
        }
        if (report.leftOutInError() > 0) {
            changes.add("Marked entered-in-error in the EHR, left out: " + report.leftOutInError() + ".");
        }
        if (!report.succeeded()) {
            changes.clear();
            changes.add("Nothing can be imported until the EHR's record is corrected: " + report.problems().size()
                    + (report.problems().size() == 1 ? " problem." : " problems."));
        } else if (!anything) {
            changes.add(0, "Nothing new: BedsideNeuro already has everything the EHR sent.");
        }
        return new EhrPreview(about, changes, report.notImported(), report.problems(), pulled.notRead(), report.succeeded() && anything);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many) + ".";
    }
}
