package org.bedsideneuro.fhir;

import java.util.Optional;
import org.bedsideneuro.domain.finding.Coded;

/**
 * The muscle or site a sided finding is examined at, written to Observation.bodySite. Local codes, because
 * shared/fhir-notes.md found a SNOMED CT code for the deltoid only ("SNOMED for the individual leg and forearm
 * muscles ... not found"). Muscles as named in shared/clinical-reference.md section 1, reflex sites section 2.
 */
public enum BodySite implements Coded {
    TIBIALIS_ANTERIOR("tibialis_anterior", "Tibialis anterior", null),
    PERONEALS("peroneals", "Peroneal muscles", null),
    TIBIALIS_POSTERIOR("tibialis_posterior", "Tibialis posterior", null),
    GASTROCNEMIUS_SOLEUS("gastrocnemius_soleus", "Gastrocnemius-soleus", null),
    EXTENSOR_HALLUCIS_LONGUS("extensor_hallucis_longus", "Extensor hallucis longus", null),
    WRIST_EXTENSORS("wrist_extensors", "Wrist extensors", null),
    FIRST_DORSAL_INTEROSSEOUS("first_dorsal_interosseous", "First dorsal interosseous", null),
    /** SNOMED CT 35259002 deltoid muscle: shared/fhir-notes.md, row "deltoid muscle" (eHDSI body site; DICOM CID 6116). */
    DELTOID("deltoid", "Deltoid", FhirCodes.SNOMED_DELTOID),
    ELBOW_FLEXORS("elbow_flexors", "Elbow flexors", null),
    HIP_FLEXORS("hip_flexors", "Hip flexors", null),
    KNEE_EXTENSORS("knee_extensors", "Knee extensors (quadriceps)", null),
    BICEPS_TENDON("biceps_tendon", "Biceps tendon", null),
    TRICEPS_TENDON("triceps_tendon", "Triceps tendon", null),
    BRACHIORADIALIS_TENDON("brachioradialis_tendon", "Brachioradialis tendon", null),
    PATELLAR_TENDON("patellar_tendon", "Patellar tendon", null),
    ACHILLES_TENDON("achilles_tendon", "Achilles tendon", null),
    SOLE_OF_FOOT("sole_of_foot", "Sole of the foot", null),
    ANKLE("ankle", "Ankle", null),
    FOOT("foot", "Foot", null),
    HALLUX_IP_JOINT("hallux_ip_joint", "Hallux interphalangeal joint", null),
    LOWER_LIMB("lower_limb", "Lower limb", null),
    // Nerves of a nerve conduction study (shared/clinical-reference.md section 9); no sourced SNOMED CT codes.
    SURAL_NERVE("sural_nerve", "Sural nerve", null),
    SUPERFICIAL_PERONEAL_NERVE("superficial_peroneal_nerve", "Superficial peroneal nerve", null),
    PERONEAL_NERVE("peroneal_nerve", "Peroneal nerve (recorded at extensor digitorum brevis)", null),
    TIBIAL_NERVE("tibial_nerve", "Tibial nerve", null);

    private final String code;
    private final String label;
    private final String snomed;

    BodySite(String code, String label, String snomed) {
        this.code = code;
        this.label = label;
        this.snomed = snomed;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }

    /** A SNOMED CT code, only where shared/fhir-notes.md gives one. */
    public Optional<String> snomed() { return Optional.ofNullable(snomed); }
}
