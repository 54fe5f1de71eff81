package org.bedsideneuro.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.NotCountedOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Medication orders as MedicationRequests (shared/fhir-notes.md "Modelling": intent order, category inpatient,
 * RxNorm where sourced; the dosage instruction by kind in {@link DosageInstructions}), and the daily MME of each day
 * of the period as an Observation whose note says how each order was counted and names every factor and its source.
 */
final class RegimenResources {
    private final BundleEntries entries;
    private final Patient patient;
    private final String patientUrl;
    final Map<OrderId, String> requests = new HashMap<>();
    final Map<LocalDate, String> dailyMme = new HashMap<>();

    RegimenResources(BundleEntries entries, Patient patient, String patientUrl) {
        this.entries = entries;
        this.patient = patient;
        this.patientUrl = patientUrl;
    }

    static String requestUrl(OrderId id) {
        return BundleEntries.urn(id.value());
    }

    static String mmeUrl(Patient p, LocalDate day) {
        return BundleEntries.urn("mme:" + p.id().value() + "/" + day);
    }

    void add(MedicationOrder order, Instant exportedAt) {
        MedicationRequest r = new MedicationRequest();
        r.addIdentifier().setSystem(FhirCodes.ORDER_ID_SYSTEM).setValue(order.id().toString());
        boolean stopped = order.stop() != null && !order.stop().toInstant().isAfter(exportedAt);
        r.setStatus(stopped ? MedicationRequest.MedicationRequestStatus.COMPLETED : MedicationRequest.MedicationRequestStatus.ACTIVE);
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.addCategory(BundleEntries.concept(FhirCodes.MEDREQ_CATEGORY, "inpatient", "Inpatient"));
        r.setMedication(medication(order.drug()));
        r.setSubject(BundleEntries.ref(patientUrl, patient.displayName()));
        r.setAuthoredOnElement(BundleEntries.dateTime(order.start()));
        if (!order.note().isEmpty()) {
            r.addNote().setText(order.note());
        }
        r.addDosageInstruction(DosageInstructions.of(order));
        Narratives.set(r, order.summary() + ", from " + order.start() + (order.stop() == null ? "" : " to " + order.stop()));
        requests.put(order.id(), entries.add(requestUrl(order.id()), r));
    }

    /** The local drug code, with the RxNorm ingredient beside it where shared/fhir-notes.md gives one. */
    static CodeableConcept medication(String drug) {
        CodeableConcept c = new CodeableConcept().setText(drug);
        if (LocalCodeSystems.knownDrug(drug)) {
            c.addCoding(new Coding(LocalCodeSystems.DRUG, drug, drug));
        }
        // shared/fhir-notes.md, row "RxNorm ingredients".
        FhirCodes.rxNorm(drug).ifPresent(code -> c.addCoding(BundleEntries.external(FhirCodes.RXNORM, code)));
        return c;
    }

    void addDailyMme(DailyMmeResult day, ZoneId zone) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(BundleEntries.concept(LocalCodeSystems.OBSERVATION, LocalCodeSystems.DAILY_MME, "Daily morphine milligram equivalents"));
        o.setSubject(BundleEntries.ref(patientUrl, patient.displayName()));
        o.setEffective(BundleEntries.date(day.date()));
        o.setValue(new Quantity().setValue(day.mme()).setSystem(FhirCodes.UCUM).setCode(FhirCodes.UCUM_MME_PER_DAY).setUnit("MME/day"));
        for (String line : noteLines(day, zone)) {
            o.addNote().setText(line);
        }
        Narratives.set(o, "Daily MME on " + day.date() + ": " + day.mme().toPlainString());
        dailyMme.put(day.date(), entries.add(mmeUrl(patient, day.date()), o));
    }

    /** What the number is made of, with each conversion factor's source (clinical reference section 6). */
    static List<String> noteLines(DailyMmeResult day, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("Calendar day in " + zone + ". MME is a population tool, not a dose-conversion tool for an individual patient (CDC 2022).");
        for (MmeContribution c : day.counted()) {
            lines.add(c.order().summary() + ", " + countedAs(c) + " = " + c.mme().toPlainString() + " MME; factor " + c.factor().describe()
                    + (c.ceiling() == null ? "" : "; ceiling " + c.ceiling().toPlainString() + " MME/day, for information, not counted"));
        }
        for (NotCountedOrder n : day.notCounted()) {
            lines.add("Not counted: " + n.describe());
        }
        return lines;
    }

    /**
     * Section 6: a contribution counted from the order (as ordered, by rate) names the fraction of the day it ran; one
     * counted from the record (as given, as delivered) is what was given that day.
     */
    private static String countedAs(MmeContribution c) {
        return switch (c.countedAs()) {
            case AS_ORDERED, BY_RATE -> c.countedAs().words() + " x " + c.fractionOfDay().stripTrailingZeros().toPlainString() + " of the day";
            case AS_GIVEN -> "as given (doses given that day)";
            case PUMP_READINGS -> "as delivered (the pump's readings, that day's share)";
        };
    }
}
