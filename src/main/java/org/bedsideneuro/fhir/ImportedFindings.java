package org.bedsideneuro.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Side;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Observations as rows of findings.csv: an eGFR by the LOINC codes of shared/fhir-notes.md (the code the laboratory
 * sent kept in the note, since each names an equation), and BedsideNeuro's own finding Observations (its export: the
 * finding code, the side through the body site's BodyStructure, the value as coded). Rows of one patient, time and
 * clinician are one exam or observation, as in the exchange format.
 */
final class ImportedFindings {
    /**
     * eGFR LOINC codes, shared/fhir-notes.md: 33914-3 (MDRD), 48642-3 (MDRD, non-black), 48643-1 (MDRD, black),
     * 62238-1 (CKD-EPI 2009), 98979-8 (CKD-EPI 2021), 98980-6 (CKD-EPI 2021, creatinine and cystatin C).
     */
    static final Set<String> EGFR_LOINC = Set.of("33914-3", "48642-3", "48643-1", "62238-1", "98979-8", "98980-6");

    static final Map<String, String> PATHS = Map.of("patient_id", "subject", "recorded_at", "effective", "recorded_by", "performer",
            "finding", "code", "side", "bodySite", "value", "value", "note", "note");

    private ImportedFindings() {
    }

    enum Kind { EGFR, FINDING, DERIVED }

    static Optional<Kind> kindOf(Observation o) {
        for (Coding c : o.getCode().getCoding()) {
            if (FhirCodes.LOINC.equals(c.getSystem()) && EGFR_LOINC.contains(c.getCode())) {
                return Optional.of(Kind.EGFR);
            }
        }
        for (Coding c : o.getCode().getCoding()) {
            if (LocalCodeSystems.OBSERVATION.equals(c.getSystem())) {
                return Optional.of(FindingCode.byCode(c.getCode()).isPresent() ? Kind.FINDING : Kind.DERIVED);
            }
        }
        return Optional.empty();
    }

    static Optional<Map<String, String>> read(String name, Observation o, Kind kind, String mrn, String[] by,
                                              Function<Reference, Optional<Resource>> resolve, List<String> problems) {
        if (!o.hasEffectiveDateTimeType()) {
            problems.add(name + ": effective: missing, or not a dateTime; BedsideNeuro needs when it was recorded");
            return Optional.empty();
        }
        Map<String, String> v = new HashMap<>();
        v.put("patient_id", mrn);
        v.put("recorded_at", o.getEffectiveDateTimeType().getValueAsString());
        v.put("recorded_by", kind == Kind.EGFR && by[0].equals("EHR") ? "Laboratory (EHR)" : by[0]);
        v.put("role", by[1]);
        String note = o.hasNote() ? o.getNoteFirstRep().getText() : "";
        if (kind == Kind.EGFR) {
            if (!(o.getValue() instanceof Quantity q) || !q.hasValue()) {
                problems.add(name + ": value: an eGFR needs a number (valueQuantity)");
                return Optional.empty();
            }
            Coding loinc = o.getCode().getCoding().stream().filter(c -> EGFR_LOINC.contains(c.getCode())).findFirst().orElseThrow();
            v.put("finding", FindingCode.EGFR.code());
            v.put("value", FhirBundleReader.plain(q.getValue()));
            v.put("note", "LOINC " + loinc.getCode() + (loinc.hasDisplay() ? " " + loinc.getDisplay() : "") + (note.isEmpty() ? "" : "; " + note));
            return Optional.of(v);
        }
        String code = o.getCode().getCoding().stream().filter(c -> LocalCodeSystems.OBSERVATION.equals(c.getSystem())).map(Coding::getCode)
                .findFirst().orElseThrow();
        v.put("finding", code);
        side(o, resolve).ifPresent(s -> v.put("side", s.code()));
        Optional<String> value = value(o);
        if (value.isEmpty()) {
            problems.add(name + ": value: missing");
            return Optional.empty();
        }
        v.put("value", value.get());
        v.put("note", note);
        return Optional.of(v);
    }

    private static Optional<String> value(Observation o) {
        if (o.hasComponent()) {
            return Optional.of(o.getComponent().stream().map(c -> c.getValueCodeableConcept().getCodingFirstRep().getCode())
                    .collect(Collectors.joining(";")));
        }
        if (o.getValue() instanceof Quantity q && q.hasValue()) {
            return Optional.of(q.getValueElement().getValueAsString()); // as written: a study's "9.0" stays 9.0
        }
        if (o.getValue() instanceof CodeableConcept c && c.getCodingFirstRep().hasCode()) {
            return Optional.of(c.getCodingFirstRep().getCode());
        }
        return Optional.empty();
    }

    /** The side of the body site's BodyStructure (SNOMED CT 7771000 left, 24028007 right), if it has one. */
    private static Optional<Side> side(Observation o, Function<Reference, Optional<Resource>> resolve) {
        Extension ext = o.getBodySite().getExtensionByUrl(FhirCodes.EXT_BODY_SITE);
        if (ext == null || !(ext.getValue() instanceof Reference ref)) {
            return Optional.empty();
        }
        return resolve.apply(ref).filter(BodyStructure.class::isInstance).map(BodyStructure.class::cast)
                .flatMap(b -> b.getLocationQualifier().stream().flatMap(q -> q.getCoding().stream()).map(Coding::getCode)
                        .map(ImportedFindings::sideOf).flatMap(Optional::stream).findFirst());
    }

    private static Optional<Side> sideOf(String snomed) {
        for (Side s : Side.values()) {
            if (FhirCodes.laterality(s).equals(snomed)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
