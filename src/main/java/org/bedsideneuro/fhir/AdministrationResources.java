package org.bedsideneuro.fhir;

import java.time.Instant;
import java.util.Locale;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

/**
 * Each standing line of the medication administration record as a MedicationAdministration (shared/fhir-notes.md,
 * "Reading from the hospital's FHIR server"; shared/clinical-reference.md section 6, "Administrations"): a dose given
 * is {@code completed}; a held, refused or not given one is {@code not-done} with the status and its reason as
 * {@code statusReason} text. A dose has an {@code effectiveDateTime}; a PCA pump reading an {@code effectivePeriod}
 * from the previous reading to this one. The dose in UCUM (for a dose not given: the scheduled dose), the order's
 * route, the MedicationRequest it was given under, and the nurse who charted it as performer, through the same
 * PractitionerRole an exam's performer points to. Withdrawn administrations never reach the export (the course holds
 * only those that stand).
 */
final class AdministrationResources {
    private final BundleEntries entries;
    private final Patient patient;
    private final String patientUrl;
    private final RegimenResources regimen;

    AdministrationResources(BundleEntries entries, Patient patient, String patientUrl, RegimenResources regimen) {
        this.entries = entries;
        this.patient = patient;
        this.patientUrl = patientUrl;
        this.regimen = regimen;
    }

    static String url(Administration a) {
        return BundleEntries.urn(a.id().value());
    }

    /** True when the dose, or any part of a pump reading's period, lies in [from, to). */
    static boolean within(Administration a, Instant from, Instant to) {
        Instant end = a.instant();
        Instant start = a.isPcaReading() ? a.periodStart().toInstant() : end;
        return a.isPcaReading() ? start.isBefore(to) && end.isAfter(from) : !end.isBefore(from) && end.isBefore(to);
    }

    void add(Administration a, MedicationOrder order) {
        MedicationAdministration m = new MedicationAdministration();
        m.addIdentifier().setSystem(FhirCodes.ADMINISTRATION_ID_SYSTEM).setValue(a.id().toString());
        if (a.status().counts()) {
            m.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
            if (!a.note().isEmpty()) {
                m.addNote().setText(a.note()); // e.g. why a PRN dose went beyond its order's limits
            }
        } else {
            m.setStatus(MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
            m.addStatusReason(new CodeableConcept().setText(reason(a)));
        }
        m.setMedication(RegimenResources.medication(order.drug()));
        m.setSubject(BundleEntries.ref(patientUrl, patient.displayName()));
        if (a.isPcaReading()) {
            m.setEffective(new Period().setStartElement(BundleEntries.dateTime(a.periodStart())).setEndElement(BundleEntries.dateTime(a.givenAt())));
        } else {
            m.setEffective(BundleEntries.dateTime(a.givenAt()));
        }
        String role = PeopleResources.role(entries, a.givenBy());
        m.addPerformer().setActor(BundleEntries.ref(role, PeopleResources.display(a.givenBy())));
        m.setRequest(request(order));
        MedicationAdministration.MedicationAdministrationDosageComponent dosage = m.getDosage();
        dosage.setText(dosageText(a, order));
        dosage.setRoute(DosageInstructions.route(order.route()));
        dosage.setDose(simple(DosageInstructions.quantity(a.dose(), a.unit())));
        Narratives.set(m, narrative(a, order));
        entries.add(url(a), m);
    }

    private Reference request(MedicationOrder order) {
        String url = regimen.requests.get(order.id());
        return url != null ? BundleEntries.ref(url, order.summary())
                : BundleEntries.byIdentifier(FhirCodes.ORDER_ID_SYSTEM, order.id().toString(), order.summary());
    }

    /** "Held: asleep, settled"; "Not given" when no reason was charted (a held or refused dose always has one). */
    static String reason(Administration a) {
        return a.status().label() + (a.note().isEmpty() ? "" : ": " + a.note());
    }

    private static String dosageText(Administration a, MedicationOrder order) {
        String amount = a.dose().toPlainString() + " " + a.unit().code();
        if (a.isPcaReading()) {
            return amount + " delivered by the pump over the period (" + order.summary() + ")";
        }
        return a.status() == AdministrationStatus.GIVEN ? amount + " given" : amount + " scheduled, not given";
    }

    private static String narrative(Administration a, MedicationOrder order) {
        String what = order.drug() + " " + order.route().code() + " " + a.dose().toPlainString() + " " + a.unit().code();
        String when = a.isPcaReading() ? a.periodStart() + " to " + a.givenAt() : a.givenAt().toString();
        String how = a.isPcaReading() ? "delivered by PCA pump" : a.status().counts() ? "given" : reason(a).toLowerCase(Locale.ROOT);
        return what + " " + how + ", " + when + ", charted by " + a.givenBy().displayName();
    }

    private static SimpleQuantity simple(Quantity q) {
        SimpleQuantity s = new SimpleQuantity();
        s.setValue(q.getValue()).setSystem(q.getSystem()).setCode(q.getCode()).setUnit(q.getUnit());
        return s;
    }
}
