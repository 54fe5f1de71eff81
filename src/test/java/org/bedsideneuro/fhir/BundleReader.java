package org.bedsideneuro.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.finding.AdverseEffect;
import org.bedsideneuro.domain.finding.AdverseEffects;
import org.bedsideneuro.domain.finding.AdverseEffectsScale;
import org.bedsideneuro.domain.finding.BodyRegion;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.RegionSet;
import org.bedsideneuro.domain.finding.Side;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Reads an exported Bundle back into domain terms, as a receiving system would: by codes, not by our Java objects. */
final class BundleReader {
    private final Map<String, Resource> byUrl = new HashMap<>();

    BundleReader(Bundle bundle) {
        bundle.getEntry().forEach(e -> byUrl.put(e.getFullUrl(), e.getResource()));
    }

    /** One exam as read back: its version id, time, performer and findings. */
    record ReadExam(String versionId, Instant at, ClinicianId performer, String status, List<Finding> findings) {
    }

    <T extends Resource> T resolve(Reference ref, Class<T> type) {
        return type.cast(byUrl.get(ref.getReference()));
    }

    <T extends Resource> List<T> all(Class<T> type) {
        return byUrl.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    static String localCode(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(c -> c.getSystem().equals(system)).map(Coding::getCode).findFirst().orElse(null);
    }

    List<ReadExam> exams() {
        List<ReadExam> exams = new ArrayList<>();
        for (Observation parent : all(Observation.class)) {
            String code = localCode(parent.getCode(), LocalCodeSystems.OBSERVATION);
            if (code == null || !code.startsWith("panel.")) {
                continue;
            }
            PractitionerRole role = resolve(parent.getPerformerFirstRep(), PractitionerRole.class);
            Practitioner practitioner = resolve(role.getPractitioner(), Practitioner.class);
            List<Finding> findings = new ArrayList<>();
            for (Reference member : parent.getHasMember()) {
                findings.add(finding(resolve(member, Observation.class)));
            }
            exams.add(new ReadExam(parent.getIdentifierFirstRep().getValue(), Instant.parse(
                    OffsetDateTime.parse(parent.getEffectiveDateTimeType().getValueAsString()).toInstant().toString()),
                    ClinicianId.parse(practitioner.getIdentifierFirstRep().getValue()), parent.getStatus().toCode(), findings));
        }
        return exams;
    }

    private Finding finding(Observation o) {
        FindingCode code = FindingCode.byCode(localCode(o.getCode(), LocalCodeSystems.OBSERVATION)).orElseThrow();
        Side side = null;
        if (o.getBodySite().hasExtension(FhirCodes.EXT_BODY_SITE)) {
            BodyStructure b = resolve((Reference) o.getBodySite().getExtensionByUrl(FhirCodes.EXT_BODY_SITE).getValue(), BodyStructure.class);
            String laterality = b.getLocationQualifierFirstRep().getCodingFirstRep().getCode();
            side = laterality.equals("7771000") ? Side.LEFT : laterality.equals("24028007") ? Side.RIGHT : null;
        }
        FindingValue value;
        if (o.hasComponent() && code.scale() instanceof AdverseEffectsScale) {
            value = AdverseEffects.of(o.getComponent().stream()
                    .map(c -> Coded.byCode(AdverseEffect.class,
                            localCode(c.getValueCodeableConcept(), LocalCodeSystems.ADVERSE_EFFECT)).orElseThrow())
                    .collect(Collectors.toSet()));
        } else if (o.hasComponent()) {
            value = RegionSet.of(o.getComponent().stream()
                    .map(c -> Coded.byCode(BodyRegion.class, localCode(c.getValueCodeableConcept(), LocalCodeSystems.BODY_REGION)).orElseThrow())
                    .collect(Collectors.toSet()));
        } else if (o.hasValueQuantity()) {
            value = new NumericValue(o.getValueQuantity().getValue());
        } else {
            value = code.parseValue(localCode(o.getValueCodeableConcept(), LocalCodeSystems.valueSystem(code.scale())));
        }
        String note = o.hasNote() ? o.getNoteFirstRep().getText() : "";
        return new Finding(code, side, value, note);
    }

    /** The daily MME Observations by day. */
    Map<LocalDate, BigDecimal> dailyMme() {
        Map<LocalDate, BigDecimal> mme = new HashMap<>();
        for (Observation o : all(Observation.class)) {
            if (LocalCodeSystems.DAILY_MME.equals(localCode(o.getCode(), LocalCodeSystems.OBSERVATION))) {
                mme.put(LocalDate.parse(o.getEffectiveDateTimeType().getValueAsString()), o.getValueQuantity().getValue());
            }
        }
        return mme;
    }
}
