package org.bedsideneuro.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;

/**
 * A MedicationAdministration as a row of administrations.csv (shared/fhir-notes.md): under the order its
 * {@code request} names; {@code effectiveDateTime} a dose's time, {@code effectivePeriod} a PCA pump reading's
 * interval; {@code not-done} a dose held, refused or not given, with {@code statusReason} as the reason; completed,
 * in progress or stopped, given.
 */
final class ImportedAdministrations {
    static final Map<String, String> PATHS = Map.of("patient_id", "subject", "order_start", "request", "given_at", "effective",
            "period_start", "effectivePeriod.start", "dose", "dosage.dose", "unit", "dosage.dose", "status", "status", "given_by", "performer",
            "note", "note");

    private ImportedAdministrations() {
    }

    static Optional<Map<String, String>> read(String name, MedicationAdministration a, ImportedOrder order, String[] by, List<String> problems) {
        int before = problems.size();
        String givenAt = null;
        String periodStart = "";
        if (a.hasEffectivePeriod()) {
            Period p = a.getEffectivePeriod();
            if ("pca".equals(order.get("kind"))) {
                periodStart = p.hasStart() ? p.getStartElement().getValueAsString() : "";
                givenAt = p.hasEnd() ? p.getEndElement().getValueAsString() : null;
            } else {
                givenAt = p.hasStart() ? p.getStartElement().getValueAsString() : null;
            }
        } else if (a.hasEffectiveDateTimeType()) {
            givenAt = a.getEffectiveDateTimeType().getValueAsString();
        }
        if (givenAt == null) {
            problems.add(name + ": effective: missing; BedsideNeuro needs when the dose was given (or the pump read)");
        }
        Quantity q = a.getDosage().hasDose() ? a.getDosage().getDose() : null;
        Optional<ImportedDrugs.Amount> dose = ImportedDrugs.dose(q);
        if (q == null) {
            problems.add(name + ": dosage.dose: missing");
        } else if (dose.isEmpty()) {
            problems.add(name + ": dosage.dose: " + ImportedDrugs.unconvertible(q, "mg or mcg") + (order.counted() ? " (the MME would be wrong)" : ""));
        }
        String[] status = status(a);
        if (status == null) {
            problems.add(name + ": status: " + a.getStatus().toCode() + " does not say whether the dose was given");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Map<String, String> v = new HashMap<>();
        v.put("patient_id", order.get("patient_id"));
        v.put("drug", order.get("drug"));
        v.put("route", order.get("route"));
        v.put("order_start", order.get("start"));
        v.put("order_kind", order.get("kind"));
        v.put("given_at", givenAt);
        v.put("period_start", periodStart);
        v.put("dose", FhirBundleReader.plain(dose.get().value()));
        v.put("unit", dose.get().unit());
        v.put("status", status[0]);
        v.put("given_by", by[0]);
        v.put("role", by[1]);
        v.put("note", status[1]);
        return Optional.of(v);
    }

    /**
     * Status and note. BedsideNeuro's own export writes "Held: asleep" as a not-done dose's reason; an EHR's reason is
     * kept as the note of a held dose, and a not-done dose without one says so (a held dose always says why).
     */
    private static String[] status(MedicationAdministration a) {
        String note = a.hasNote() ? a.getNoteFirstRep().getText() : "";
        switch (a.getStatus()) {
            case COMPLETED, INPROGRESS, STOPPED -> {
                return new String[] {"given", note == null ? "" : note};
            }
            case NOTDONE, ONHOLD -> {
                String reason = a.hasStatusReason() ? a.getStatusReasonFirstRep().getText() : null;
                if (reason == null || reason.isBlank()) {
                    reason = a.hasStatusReason() ? ImportedDrugs.describe(a.getStatusReasonFirstRep()) : "not done (no reason sent by the EHR)";
                }
                for (String[] own : new String[][] {{"Held", "held"}, {"Refused", "refused"}, {"Not given", "not_given"}}) {
                    if (reason.equals(own[0])) {
                        return new String[] {own[1], ""};
                    }
                    if (reason.startsWith(own[0] + ": ")) {
                        return new String[] {own[1], reason.substring(own[0].length() + 2)};
                    }
                }
                return new String[] {reason.toLowerCase(Locale.ROOT).contains("refus") ? "refused" : "held", reason};
            }
            default -> {
                return null;
            }
        }
    }
}
