package org.bedsideneuro.fhir;

import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;

/** The Patient (MRN as identifier) and, for each clinician, a Practitioner and the PractitionerRole that performs. */
final class PeopleResources {
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
        fhir.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(p.birthDate().toString()));
        Narratives.set(fhir, p.displayName() + ", MRN " + p.id().value() + ", born " + p.birthDate());
        return entries.add(patientUrl(p), fhir);
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
