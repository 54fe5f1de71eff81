package org.bedsideneuro.domain.finding;

/**
 * Every scale a finding can be recorded on, defined once. Ranges of measured numbers that the clinical
 * reference does not give are BedsideNeuro's choice, wide enough for any real bedside value and narrow
 * enough to catch a typing slip; each is explained next to it.
 */
public final class Scales {
    /** shared/clinical-reference.md section 1. */
    public static final CodedScale<MrcGrade> MRC = new CodedScale<>(MrcGrade.class);
    /** shared/clinical-reference.md section 2 (NINDS, Hallett 1993). */
    public static final CodedScale<ReflexGrade> NINDS = new CodedScale<>(ReflexGrade.class);
    public static final CodedScale<YesNo> YES_NO = new CodedScale<>(YesNo.class);
    public static final CodedScale<PlantarResponse> PLANTAR = new CodedScale<>(PlantarResponse.class);
    /** Ankle clonus beats: 0 none, 3 or more abnormal, 10 or more sustained (reference section 2). Upper bound 999 is ours: beyond it, record "sustained" as 999 is not meaningful anyway. */
    public static final NumberScale CLONUS_BEATS = NumberScale.whole(0, 999, "{beats}");
    public static final CodedScale<GaitPattern> GAIT_PATTERN = new CodedScale<>(GaitPattern.class);
    public static final CodedScale<FootDrop> FOOT_DROP = new CodedScale<>(FootDrop.class);
    public static final CodedScale<WalkPerformance> WALK_PERFORMANCE = new CodedScale<>(WalkPerformance.class);
    public static final CodedScale<Romberg> ROMBERG = new CodedScale<>(Romberg.class);
    /** Timed 10-metre walk in seconds (reference section 3). Bounds ours: a 10 m walk cannot take under 1 s, and over 10 minutes it is not a walk test. */
    public static final NumberScale WALK_10M_SECONDS = NumberScale.decimal("1", "600", "s");
    public static final CodedScale<WalkingAid> WALKING_AID = new CodedScale<>(WalkingAid.class);
    /** 128 Hz fork at the hallux, seconds felt (reference section 4). 0 = not felt; bound 60 s is ours (a struck 128 Hz fork decays well before that). */
    public static final NumberScale VIBRATION_SECONDS = NumberScale.decimal("0", "60", "s");
    public static final CodedScale<PinprickLevel> PINPRICK = new CodedScale<>(PinprickLevel.class);
    /** Jerks counted in the window (reference section 5). Bound ours: 10,000 jerks in at most an hour is ~3 a second, beyond countable. */
    public static final NumberScale JERK_COUNT = NumberScale.whole(0, 10_000, "{jerks}");
    /** Observation window 1-60 minutes (reference section 5). */
    public static final NumberScale WINDOW_MINUTES = NumberScale.whole(1, 60, "min");
    public static final CodedScale<MyoclonusDistribution> DISTRIBUTION = new CodedScale<>(MyoclonusDistribution.class);
    public static final RegionSetScale REGIONS = new RegionSetScale();
    public static final CodedScale<Amplitude> AMPLITUDE = new CodedScale<>(Amplitude.class);
    public static final CodedScale<MyoclonusContext> CONTEXT = new CodedScale<>(MyoclonusContext.class);
    /** POSS, reference section 5. */
    public static final CodedScale<PossLevel> POSS = new CodedScale<>(PossLevel.class);
    /** CAM result, reference section 5. */
    public static final CodedScale<CamResult> CAM = new CodedScale<>(CamResult.class);
    /** eGFR in mL/min/1.73 m2 (reference section 5). Bound 200 is ours: above any physiological value. */
    public static final NumberScale EGFR = NumberScale.decimal("0", "200", "mL/min/{1.73_m2}");

    /**
     * Nerve conduction amplitudes (reference section 9): a decimal of 0 or more, or "absent" (no response), a value of
     * its own. Upper bounds ours, above any response a laboratory reports (a normal sural SNAP is tens of µV, a normal
     * CMAP under 20 mV), to catch a slip such as µV typed for mV.
     */
    public static final AmplitudeScale SNAP_AMPLITUDE = new AmplitudeScale("300", "uV");
    public static final AmplitudeScale CMAP_AMPLITUDE = new AmplitudeScale("50", "mV");
    /** The laboratory's lower limit of an amplitude; 0 means an absent response is normal for this patient (reference section 9). */
    public static final NumberScale SNAP_AMPLITUDE_LLN = NumberScale.decimal("0", "300", "uV");
    public static final NumberScale CMAP_AMPLITUDE_LLN = NumberScale.decimal("0", "50", "mV");
    /**
     * Conduction velocity and its lower limit, 5-90 m/s: BedsideNeuro's bounds for a typing slip (the slowest
     * demyelinated nerves conduct at a few m/s, the fastest healthy ones at about 70 m/s).
     */
    public static final NumberScale VELOCITY = NumberScale.decimal("5", "90", "m/s");

    /**
     * A PEG item or a pain NRS, whole numbers 0-10 (Krebs et al., J Gen Intern Med 2009;24:733; clinical reference
     * section 8). UCUM "{score}".
     */
    public static final NumberScale ZERO_TO_TEN = NumberScale.whole(0, 10, "{score}");
    /** Function since the last opioid review (reference section 8). */
    public static final CodedScale<ReviewFunction> REVIEW_FUNCTION = new CodedScale<>(ReviewFunction.class);
    /** Adverse effects named at an opioid review (exchange format, review.adverse_effects). */
    public static final AdverseEffectsScale ADVERSE_EFFECTS = new AdverseEffectsScale();
    /** The opioid review's decision (reference section 8). */
    public static final CodedScale<ReviewDecision> REVIEW_DECISION = new CodedScale<>(ReviewDecision.class);

    private Scales() {
    }
}
