package org.bedsideneuro.fhir;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.finding.AdverseEffectsScale;
import org.bedsideneuro.domain.finding.AmplitudeScale;
import org.bedsideneuro.domain.finding.CodedScale;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumberScale;
import org.bedsideneuro.domain.finding.RegionSetScale;
import org.bedsideneuro.domain.finding.Scale;

/**
 * The mapping table, written once: for each finding, which FHIR element carries its value, from which code system,
 * the site in bodySite, and an external code beside the local one where shared/fhir-notes.md gives a source.
 * The switch in {@link #site} is exhaustive on purpose: a new finding code does not compile until someone decides
 * its site. {@link #markdownTable()} prints the table for docs/developer-guide.md.
 */
public final class FindingMapping {
    private FindingMapping() {
    }

    /** One row of the table. {@code externalCode} is "system|code", empty when no source gives one. */
    public record Row(FindingCode finding, String valueElement, String valueSystem, Optional<BodySite> site,
                      Optional<String> externalCode, String source) {
    }

    /** The site of a sided finding (empty for findings without a side: gait as a whole, OIN items, labs). */
    public static Optional<BodySite> site(FindingCode code) {
        BodySite site = switch (code) {
            case ANKLE_DORSIFLEXION -> BodySite.TIBIALIS_ANTERIOR;
            case ANKLE_EVERSION -> BodySite.PERONEALS;
            case ANKLE_INVERSION -> BodySite.TIBIALIS_POSTERIOR;
            case ANKLE_PLANTARFLEXION -> BodySite.GASTROCNEMIUS_SOLEUS;
            case TOE_EXTENSION -> BodySite.EXTENSOR_HALLUCIS_LONGUS;
            case WRIST_EXTENSION -> BodySite.WRIST_EXTENSORS;
            case FINGER_ABDUCTION -> BodySite.FIRST_DORSAL_INTEROSSEOUS;
            case SHOULDER_ABDUCTION -> BodySite.DELTOID;
            case ELBOW_FLEXION -> BodySite.ELBOW_FLEXORS;
            case HIP_FLEXION -> BodySite.HIP_FLEXORS;
            case KNEE_EXTENSION -> BodySite.KNEE_EXTENSORS;
            case BICEPS_REFLEX -> BodySite.BICEPS_TENDON;
            case TRICEPS_REFLEX -> BodySite.TRICEPS_TENDON;
            case BRACHIORADIALIS_REFLEX -> BodySite.BRACHIORADIALIS_TENDON;
            case PATELLAR_REFLEX -> BodySite.PATELLAR_TENDON;
            case ACHILLES_REFLEX -> BodySite.ACHILLES_TENDON;
            case PLANTAR_RESPONSE -> BodySite.SOLE_OF_FOOT;
            case ANKLE_CLONUS_BEATS -> BodySite.ANKLE;
            case FOOT_DROP -> BodySite.FOOT;
            case VIBRATION_HALLUX_SECONDS -> BodySite.HALLUX_IP_JOINT;
            case PINPRICK_LEVEL -> BodySite.LOWER_LIMB;
            case REFLEX_REINFORCEMENT, GAIT_PATTERN, HEEL_WALK, TOE_WALK, ROMBERG, WALK_10M_SECONDS, WALKING_AID,
                    JERK_COUNT, WINDOW_MINUTES, DISTRIBUTION, REGIONS, AMPLITUDE, STIMULUS_SENSITIVE, CONTEXT,
                    SEDATION_POSS, DELIRIUM_CAM, HALLUCINATIONS, HYPERALGESIA, ALLODYNIA, SEIZURE, EGFR,
                    PEG_PAIN, PEG_ENJOYMENT, PEG_ACTIVITY, NRS_REST, NRS_MOVEMENT,
                    REVIEW_FUNCTION, REVIEW_ADVERSE_EFFECTS, REVIEW_DECISION -> null;
            case SURAL_SNAP, SURAL_SNAP_LLN, SURAL_CV, SURAL_CV_LLN -> BodySite.SURAL_NERVE;
            case SUPERFICIAL_PERONEAL_SNAP, SUPERFICIAL_PERONEAL_SNAP_LLN, SUPERFICIAL_PERONEAL_CV, SUPERFICIAL_PERONEAL_CV_LLN ->
                    BodySite.SUPERFICIAL_PERONEAL_NERVE;
            case PERONEAL_CMAP, PERONEAL_CMAP_LLN, PERONEAL_CV, PERONEAL_CV_LLN -> BodySite.PERONEAL_NERVE;
            case TIBIAL_CMAP, TIBIAL_CMAP_LLN, TIBIAL_CV, TIBIAL_CV_LLN -> BodySite.TIBIAL_NERVE;
        };
        return Optional.ofNullable(site);
    }

    /**
     * A SNOMED CT or LOINC code for the finding itself, beside the local code. Only hallucinations has one:
     * SNOMED CT 7011001 (shared/fhir-notes.md, row "hallucinations"). Deliberately not used: LOINC 99844-5 is the
     * CAM-ICU result, and BedsideNeuro records the CAM, a different instrument; LOINC 98979-8 is eGFR by CKD-EPI 2021
     * only, and BedsideNeuro does not record the lab's equation (shared/fhir-notes.md: "the code must match the lab's method").
     */
    public static Optional<String> externalCode(FindingCode code) {
        return code == FindingCode.HALLUCINATIONS ? Optional.of(FhirCodes.SNOMED_HALLUCINATIONS) : Optional.empty();
    }

    /** The FHIR element that carries the value of a finding on this scale. */
    static String valueElement(Scale scale) {
        if (scale instanceof CodedScale<?>) {
            return "valueCodeableConcept";
        }
        if (scale instanceof NumberScale) {
            return "valueQuantity";
        }
        if (scale instanceof RegionSetScale) {
            return "component[].valueCodeableConcept (one per region)";
        }
        if (scale instanceof AmplitudeScale) {
            return "valueQuantity, or valueCodeableConcept for absent; referenceRange.low = its lower limit";
        }
        if (scale instanceof AdverseEffectsScale) {
            return "component[].valueCodeableConcept (one per adverse effect)";
        }
        throw new IllegalStateException("No FHIR mapping for scale " + scale);
    }

    public static List<Row> rows() {
        return Arrays.stream(FindingCode.values()).map(FindingMapping::row).toList();
    }

    private static Row row(FindingCode code) {
        Scale scale = code.scale();
        String valueSystem = scale instanceof NumberScale n ? "UCUM " + n.unit()
                : scale instanceof AmplitudeScale a ? "UCUM " + a.unit() + "; absent: bn:no-response" : LocalCodeSystems.valueSystem(scale);
        Optional<String> external = externalCode(code).map(c -> "SNOMED CT " + c);
        Optional<BodySite> site = site(code);
        String source = external.isPresent() || site.flatMap(BodySite::snomed).isPresent()
                ? "shared/fhir-notes.md, Codes found in sources" : "local code (no sourced external code)";
        return new Row(code, valueElement(scale), valueSystem, site, external, source);
    }

    /** The table as Markdown, for docs/developer-guide.md ("FHIR mapping"). */
    public static String markdownTable() {
        StringBuilder md = new StringBuilder("| finding code | FHIR element | value code system | bodySite (+ laterality) | external code | source |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Row r : rows()) {
            String site = r.site().map(s -> s.code() + s.snomed().map(c -> " (SNOMED CT " + c + ")").orElse("")
                    + (r.finding().sided() ? " + BodyStructure L 7771000 / R 24028007" : "")).orElse("-");
            md.append("| `").append(r.finding().code()).append("` | ").append(r.valueElement()).append(" | ")
                    .append(r.valueSystem()).append(" | ").append(site).append(" | ").append(r.externalCode().orElse("-"))
                    .append(" | ").append(r.source()).append(" |\n");
        }
        return md.toString();
    }
}
