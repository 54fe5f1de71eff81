package org.bedsideneuro.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/** A Patient's record number, and a clinician's name where only a display travels with the reference. */
final class ImportedPeople {
    private ImportedPeople() {
    }

    /**
     * The MRN: BedsideNeuro's own identifier system (its export), else the identifier of type MR (HL7 v2 table 0203),
     * which is how an EHR marks its medical record number (shared/fhir-notes.md), else a patient's only identifier.
     * Of several identifiers none of them marked MR, none is guessed at.
     */
    static Optional<String> mrn(Patient p) {
        Optional<String> own = FhirBundleReader.identifier(p.getIdentifier(), FhirCodes.MRN_SYSTEM);
        if (own.isPresent()) {
            return own;
        }
        Optional<String> typed = p.getIdentifier().stream()
                .filter(i -> i.getType().getCoding().stream().anyMatch(c -> FhirCodes.IDENTIFIER_TYPE.equals(c.getSystem()) && "MR".equals(c.getCode())))
                .map(Identifier::getValue).filter(v -> v != null && !v.isBlank()).findFirst();
        if (typed.isPresent() || p.getIdentifier().size() != 1) {
            return typed;
        }
        return Optional.ofNullable(p.getIdentifierFirstRep().getValue()).filter(v -> !v.isBlank());
    }

    /** "Dr Ada Testwell (neurologist)" as BedsideNeuro signs is "Dr Ada Testwell"; other displays as they are. */
    static String displayName(String display) {
        if (display == null || display.isBlank()) {
            return "EHR";
        }
        String d = display.strip();
        int open = d.lastIndexOf(" (");
        return open > 0 && d.endsWith(")") ? d.substring(0, open) : d;
    }
}
