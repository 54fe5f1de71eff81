package org.bedsideneuro.fhir;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/** The Patient (MRN as identifier) and, for each clinician, a Practitioner and the PractitionerRole that performs. */
final class PeopleResources {
    /** The physical types of an Encounter's locations (HL7 location-physical-type): ward "wa", bed "bd". */
    static final String LOCATION_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    private PeopleResources() {
    }

    static String patient(BundleEntries entries, Patient p) {
        org.hl7.fhir.r4.model.Patient fhir = new org.hl7.fhir.r4.model.Patient();
        fhir.addIdentifier().setSystem(FhirCodes.MRN_SYSTEM).setValue(p.id().value())
                .setType(BundleEntries.concept(FhirCodes.IDENTIFIER_TYPE, "MR", "Medical record number"));
        fhir.setActive(true);
        HumanName name = fhir.addName().setFamily(p.familyName()).setText(p.displayName());
        if (!p.givenName().isEmpty()) {
            name.addGiven(p.givenName());
        }
        // The domain's sex codes are FHIR's administrative-gender codes (female, male, other, unknown).
        fhir.setGender(AdministrativeGender.fromCode(p.sex().code()));
        fhir.setBirthDateElement(new DateType(p.birthDate().toString()));
        Narratives.set(fhir, p.displayName() + ", MRN " + p.id().value() + ", born " + p.birthDate());
        return entries.add(patientUrl(p), fhir);
    }

    /**
     * Where the patient lies, as an inpatient Encounter whose locations are the ward and the bed, each by its physical
     * type (shared/fhir-notes.md: ward and bed travel as an Encounter), when either is recorded.
     */
    static void encounter(BundleEntries entries, Patient p, String patientUrl) {
        if (p.ward().isEmpty() && p.bed().isEmpty()) {
            return;
        }
        Encounter e = new Encounter();
        e.setStatus(Encounter.EncounterStatus.INPROGRESS);
        e.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"));
        e.setSubject(BundleEntries.ref(patientUrl, p.displayName()));
        if (!p.ward().isEmpty()) {
            e.addLocation().setLocation(new Reference().setDisplay(p.ward()))
                    .setPhysicalType(BundleEntries.concept(LOCATION_TYPE, "wa", "Ward"));
        }
        if (!p.bed().isEmpty()) {
            e.addLocation().setLocation(new Reference().setDisplay(p.bed()))
                    .setPhysicalType(BundleEntries.concept(LOCATION_TYPE, "bd", "Bed"));
        }
        Narratives.set(e, p.displayName() + " in " + (p.ward().isEmpty() ? "" : "ward " + p.ward()) + (p.bed().isEmpty() ? "" : " bed " + p.bed()));
        entries.add(BundleEntries.urn("encounter:" + p.id().value()), e);
    }

    static String patientUrl(Patient p) {
        return BundleEntries.urn("patient:" + p.id().value());
    }

    /** The PractitionerRole of a clinician (adding it and its Practitioner the first time); performers point here. */
    static String role(BundleEntries entries, Clinician c) {
        String roleUrl = BundleEntries.urn("role:" + c.id());
        if (entries.has(roleUrl)) {
            return roleUrl;
        }
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(FhirCodes.CLINICIAN_ID_SYSTEM).setValue(c.id().toString());
        practitioner.setActive(true);
        practitioner.addName().setText(c.displayName());
        Narratives.set(practitioner, c.displayName());
        String practitionerUrl = entries.add(BundleEntries.urn(c.id().value()), practitioner);

        PractitionerRole role = new PractitionerRole();
        role.setActive(true);
        role.setPractitioner(BundleEntries.ref(practitionerUrl, c.displayName()));
        role.addCode(BundleEntries.concept(LocalCodeSystems.CLINICIAN_ROLE, c.role().code(), c.role().label()));
        Narratives.set(role, c.signature());
        return entries.add(roleUrl, role);
    }

    static String display(Clinician c) {
        return c.signature();
    }
}
