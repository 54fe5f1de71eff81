package org.bedsideneuro.domain.finding;

import static org.bedsideneuro.domain.finding.Section.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every finding BedsideNeuro records, with its code (shared/exchange-format.md, "Finding codes"), whether it has a
 * side, and its scale. This enum is the one place a finding is defined: the exam form, the database, the
 * exchange format, the reports and the FHIR export all read it from here. Declared in bedside exam order
 * (distal strength first, as the form lays it out).
 */
public enum FindingCode implements Coded {
    // Strength (MRC), reference section 1. distal = part of the distal motor score; mrcSum = Kleyweg 1991 item.
    ANKLE_DORSIFLEXION("strength.ankle_dorsiflexion", "Ankle dorsiflexion (tibialis anterior)", STRENGTH, true, Scales.MRC, Muscle.DISTAL_MRC_SUM),
    ANKLE_EVERSION("strength.ankle_eversion", "Ankle eversion (peroneals)", STRENGTH, true, Scales.MRC, Muscle.DISTAL),
    ANKLE_INVERSION("strength.ankle_inversion", "Ankle inversion (tibialis posterior)", STRENGTH, true, Scales.MRC, Muscle.DISTAL),
    ANKLE_PLANTARFLEXION("strength.ankle_plantarflexion", "Ankle plantarflexion (gastrocnemius-soleus)", STRENGTH, true, Scales.MRC, Muscle.DISTAL),
    TOE_EXTENSION("strength.toe_extension", "Toe extension (extensor hallucis longus)", STRENGTH, true, Scales.MRC, Muscle.DISTAL),
    WRIST_EXTENSION("strength.wrist_extension", "Wrist extension", STRENGTH, true, Scales.MRC, Muscle.DISTAL_MRC_SUM),
    FINGER_ABDUCTION("strength.finger_abduction", "Finger abduction (first dorsal interosseous)", STRENGTH, true, Scales.MRC, Muscle.DISTAL),
    SHOULDER_ABDUCTION("strength.shoulder_abduction", "Shoulder abduction", STRENGTH, true, Scales.MRC, Muscle.PROXIMAL_MRC_SUM),
    ELBOW_FLEXION("strength.elbow_flexion", "Elbow flexion", STRENGTH, true, Scales.MRC, Muscle.PROXIMAL_MRC_SUM),
    HIP_FLEXION("strength.hip_flexion", "Hip flexion", STRENGTH, true, Scales.MRC, Muscle.PROXIMAL_MRC_SUM),
    KNEE_EXTENSION("strength.knee_extension", "Knee extension", STRENGTH, true, Scales.MRC, Muscle.PROXIMAL_MRC_SUM),

    // Deep tendon reflexes (NINDS), reference section 2.
    BICEPS_REFLEX("reflex.biceps", "Biceps (C5-6)", REFLEXES, true, Scales.NINDS, Muscle.NONE),
    TRICEPS_REFLEX("reflex.triceps", "Triceps (C6-8)", REFLEXES, true, Scales.NINDS, Muscle.NONE),
    BRACHIORADIALIS_REFLEX("reflex.brachioradialis", "Brachioradialis (C5-6)", REFLEXES, true, Scales.NINDS, Muscle.NONE),
    PATELLAR_REFLEX("reflex.patellar", "Patellar (L2-4)", REFLEXES, true, Scales.NINDS, Muscle.NONE),
    ACHILLES_REFLEX("reflex.achilles", "Achilles (S1)", REFLEXES, true, Scales.NINDS, Muscle.NONE),
    REFLEX_REINFORCEMENT("reflex.reinforcement", "Reinforcement (Jendrassik) used", REFLEXES, false, Scales.YES_NO, Muscle.NONE),

    PLANTAR_RESPONSE("plantar.response", "Plantar response", PLANTAR_CLONUS, true, Scales.PLANTAR, Muscle.NONE),
    ANKLE_CLONUS_BEATS("clonus.ankle_beats", "Ankle clonus (beats)", PLANTAR_CLONUS, true, Scales.CLONUS_BEATS, Muscle.NONE),

    // Gait and foot drop, reference section 3.
    FOOT_DROP("gait.foot_drop", "Foot drop", GAIT, true, Scales.FOOT_DROP, Muscle.NONE),
    GAIT_PATTERN("gait.pattern", "Gait pattern", GAIT, false, Scales.GAIT_PATTERN, Muscle.NONE),
    HEEL_WALK("gait.heel_walk", "Heel walk", GAIT, false, Scales.WALK_PERFORMANCE, Muscle.NONE),
    TOE_WALK("gait.toe_walk", "Toe walk", GAIT, false, Scales.WALK_PERFORMANCE, Muscle.NONE),
    ROMBERG("gait.romberg", "Romberg", GAIT, false, Scales.ROMBERG, Muscle.NONE),
    WALK_10M_SECONDS("gait.walk_10m_seconds", "Timed 10-metre walk (s)", GAIT, false, Scales.WALK_10M_SECONDS, Muscle.NONE),
    WALKING_AID("gait.aid", "Walking aid", GAIT, false, Scales.WALKING_AID, Muscle.NONE),

    // Sensory, reference section 4.
    VIBRATION_HALLUX_SECONDS("sensory.vibration_hallux_seconds", "Vibration at hallux (s)", SENSORY, true, Scales.VIBRATION_SECONDS, Muscle.NONE),
    PINPRICK_LEVEL("sensory.pinprick_level", "Pinprick loss up to", SENSORY, true, Scales.PINPRICK, Muscle.NONE),

    // Myoclonus, reference section 5.
    JERK_COUNT("myoclonus.jerk_count", "Jerks counted", MYOCLONUS, false, Scales.JERK_COUNT, Muscle.NONE),
    WINDOW_MINUTES("myoclonus.window_minutes", "Observation window (min)", MYOCLONUS, false, Scales.WINDOW_MINUTES, Muscle.NONE),
    DISTRIBUTION("myoclonus.distribution", "Distribution", MYOCLONUS, false, Scales.DISTRIBUTION, Muscle.NONE),
    REGIONS("myoclonus.regions", "Regions", MYOCLONUS, false, Scales.REGIONS, Muscle.NONE),
    AMPLITUDE("myoclonus.amplitude", "Amplitude", MYOCLONUS, false, Scales.AMPLITUDE, Muscle.NONE),
    STIMULUS_SENSITIVE("myoclonus.stimulus_sensitive", "Stimulus-sensitive", MYOCLONUS, false, Scales.YES_NO, Muscle.NONE),
    CONTEXT("myoclonus.context", "Context", MYOCLONUS, false, Scales.CONTEXT, Muscle.NONE),

    // Opioid-induced neurotoxicity items, reference section 5.
    SEDATION_POSS("oin.sedation_poss", "Sedation (POSS)", OIN, false, Scales.POSS, Muscle.NONE),
    DELIRIUM_CAM("oin.delirium_cam", "Delirium screen (CAM)", OIN, false, Scales.CAM, Muscle.NONE),
    HALLUCINATIONS("oin.hallucinations", "Hallucinations", OIN, false, Scales.YES_NO, Muscle.NONE),
    HYPERALGESIA("oin.hyperalgesia", "Hyperalgesia", OIN, false, Scales.YES_NO, Muscle.NONE),
    ALLODYNIA("oin.allodynia", "Allodynia", OIN, false, Scales.YES_NO, Muscle.NONE),
    SEIZURE("oin.seizure", "Seizure", OIN, false, Scales.YES_NO, Muscle.NONE),

    EGFR("lab.egfr", "eGFR (mL/min/1.73 m²)", LAB, false, Scales.EGFR, Muscle.NONE),

    // Nerve conduction studies, reference section 9: each value with the laboratory's lower limit of normal (_lln) for
    // this patient and this study. Amplitudes may be "absent"; a lower limit of 0 means an absent response is normal.
    SURAL_SNAP("ncs.sural_snap_uv", "Sural SNAP amplitude (µV)", NCS, true, Scales.SNAP_AMPLITUDE, Muscle.NONE),
    SURAL_SNAP_LLN("ncs.sural_snap_uv_lln", "Sural SNAP amplitude, lower limit (µV)", NCS, true, Scales.SNAP_AMPLITUDE_LLN, Muscle.NONE),
    SURAL_CV("ncs.sural_cv_ms", "Sural conduction velocity (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    SURAL_CV_LLN("ncs.sural_cv_ms_lln", "Sural conduction velocity, lower limit (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    SUPERFICIAL_PERONEAL_SNAP("ncs.superficial_peroneal_snap_uv", "Superficial peroneal SNAP amplitude (µV)", NCS, true, Scales.SNAP_AMPLITUDE, Muscle.NONE),
    SUPERFICIAL_PERONEAL_SNAP_LLN("ncs.superficial_peroneal_snap_uv_lln", "Superficial peroneal SNAP amplitude, lower limit (µV)", NCS, true, Scales.SNAP_AMPLITUDE_LLN, Muscle.NONE),
    SUPERFICIAL_PERONEAL_CV("ncs.superficial_peroneal_cv_ms", "Superficial peroneal conduction velocity (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    SUPERFICIAL_PERONEAL_CV_LLN("ncs.superficial_peroneal_cv_ms_lln", "Superficial peroneal conduction velocity, lower limit (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    PERONEAL_CMAP("ncs.peroneal_cmap_mv", "Peroneal CMAP amplitude at EDB (mV)", NCS, true, Scales.CMAP_AMPLITUDE, Muscle.NONE),
    PERONEAL_CMAP_LLN("ncs.peroneal_cmap_mv_lln", "Peroneal CMAP amplitude, lower limit (mV)", NCS, true, Scales.CMAP_AMPLITUDE_LLN, Muscle.NONE),
    PERONEAL_CV("ncs.peroneal_cv_ms", "Peroneal motor conduction velocity (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    PERONEAL_CV_LLN("ncs.peroneal_cv_ms_lln", "Peroneal motor conduction velocity, lower limit (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    TIBIAL_CMAP("ncs.tibial_cmap_mv", "Tibial CMAP amplitude (mV)", NCS, true, Scales.CMAP_AMPLITUDE, Muscle.NONE),
    TIBIAL_CMAP_LLN("ncs.tibial_cmap_mv_lln", "Tibial CMAP amplitude, lower limit (mV)", NCS, true, Scales.CMAP_AMPLITUDE_LLN, Muscle.NONE),
    TIBIAL_CV("ncs.tibial_cv_ms", "Tibial motor conduction velocity (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),
    TIBIAL_CV_LLN("ncs.tibial_cv_ms_lln", "Tibial motor conduction velocity, lower limit (m/s)", NCS, true, Scales.VELOCITY, Muscle.NONE),

    // Pain and function, reference section 8: the PEG (Krebs 2009), past week, and pain intensity now.
    PEG_PAIN("pain.peg_pain", "PEG: average pain, past week (0-10)", PAIN, false, Scales.ZERO_TO_TEN, Muscle.NONE),
    PEG_ENJOYMENT("pain.peg_enjoyment", "PEG: interference with enjoyment of life (0-10)", PAIN, false, Scales.ZERO_TO_TEN, Muscle.NONE),
    PEG_ACTIVITY("pain.peg_activity", "PEG: interference with general activity (0-10)", PAIN, false, Scales.ZERO_TO_TEN, Muscle.NONE),
    NRS_REST("pain.nrs_rest", "Pain at rest (NRS 0-10)", PAIN, false, Scales.ZERO_TO_TEN, Muscle.NONE),
    NRS_MOVEMENT("pain.nrs_movement", "Pain on movement (NRS 0-10)", PAIN, false, Scales.ZERO_TO_TEN, Muscle.NONE),

    // The opioid review, reference section 8; a record with a decision is a review.
    REVIEW_FUNCTION("review.function", "Function since the last review", REVIEW, false, Scales.REVIEW_FUNCTION, Muscle.NONE),
    REVIEW_ADVERSE_EFFECTS("review.adverse_effects", "Adverse effects", REVIEW, false, Scales.ADVERSE_EFFECTS, Muscle.NONE),
    REVIEW_DECISION("review.decision", "Review decision", REVIEW, false, Scales.REVIEW_DECISION, Muscle.NONE);

    private final String code;
    private final String label;
    private final Section section;
    private final boolean sided;
    private final Scale scale;
    private final Muscle muscle;

    FindingCode(String code, String label, Section section, boolean sided, Scale scale, Muscle muscle) {
        this.code = code;
        this.label = label;
        this.section = section;
        this.sided = sided;
        this.scale = scale;
        this.muscle = muscle;
    }

    /** Where a strength item counts: the distal motor score (reference section 1) and/or the MRC sum score (Kleyweg 1991). */
    enum Muscle {
        NONE(false, false), DISTAL(true, false), DISTAL_MRC_SUM(true, true), PROXIMAL_MRC_SUM(false, true);

        final boolean distal;
        final boolean mrcSum;

        Muscle(boolean distal, boolean mrcSum) {
            this.distal = distal;
            this.mrcSum = mrcSum;
        }
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    public Section section() { return section; }
    /** True when the finding is recorded per side (L/R). */
    public boolean sided() { return sided; }
    public Scale scale() { return scale; }

    /** A distal muscle (reference section 1): wrist extension, finger abduction and the five ankle/toe movements. */
    public boolean isDistalMuscle() { return muscle.distal; }

    /** An item of the MRC sum score (Kleyweg et al., Muscle Nerve 1991; reference section 1). */
    public boolean isMrcSumItem() { return muscle.mrcSum; }

    public static Optional<FindingCode> byCode(String code) {
        return Coded.byCode(FindingCode.class, code);
    }

    public static List<FindingCode> inSection(Section section) {
        return Arrays.stream(values()).filter(c -> c.section == section).toList();
    }

    /**
     * Parses a value on this finding's scale; an invalid value fails with a message that names the finding
     * and the allowed values.
     */
    public FindingValue parseValue(String text) {
        try {
            return scale.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFindingException(this, e.getMessage());
        }
    }
}
