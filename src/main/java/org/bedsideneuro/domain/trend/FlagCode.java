package org.bedsideneuro.domain.trend;

import org.bedsideneuro.domain.finding.Coded;

/** The flags of shared/clinical-reference.md sections 7 and 8, with a plain-language description of each rule. */
public enum FlagCode implements Coded {
    DISTAL_WEAKNESS_WORSENED("distal_weakness_worsened",
            "A distal muscle is at least one full MRC grade weaker than at baseline (5 to 4+ counts; 4 to 4- does not)."),
    NEW_FOOT_DROP("new_foot_drop", "Foot drop (partial or complete) on a side that had none at baseline."),
    ANKLE_REFLEX_LOST("ankle_reflex_lost", "Ankle (Achilles) reflex now absent on a side where it was present at baseline."),
    EXTENSOR_PLANTAR("extensor_plantar",
            "Extensor plantar response (Babinski) on a side that was flexor at baseline: not explained by polyneuropathy, look for another cause."),
    STRENGTH_ASYMMETRY("strength_asymmetry",
            "The same muscle differs by two or more full MRC grades between left and right in one exam: polyneuropathy is symmetric, look for a focal cause."),
    MYOCLONUS_NEW("myoclonus_new", "Myoclonus recorded in a patient whose earlier observations showed none."),
    MYOCLONUS_RISING_WITH_MME("myoclonus_rising_with_mme",
            "Possible opioid-induced neurotoxicity: the day's highest jerk rate is at least twice that of the previous three days while the daily MME is higher than a week before."),
    OIN_WARNING_SIGNS("oin_warning_signs",
            "On opioids: delirium (CAM positive), hallucinations, hyperalgesia, allodynia or seizure recorded."),
    SEDATION_UNACCEPTABLE("sedation_unacceptable", "Sedation POSS 3 or 4: unacceptable, hold or reduce the opioid (4: stop, consider naloxone)."),
    HYPERALGESIA_ESCALATION("hyperalgesia_escalation",
            "Hyperalgesia or allodynia recorded, then the daily MME rose within three days: hyperalgesia may be being treated as pain."),
    RENAL_RISK("renal_risk",
            "eGFR below 30 while on morphine, codeine, tramadol or hydromorphone: active metabolites accumulate."),
    OPIOID_BENZODIAZEPINE("opioid_benzodiazepine",
            "An opioid and a benzodiazepine on the same day: watch sedation and breathing closely (FDA boxed warning 2016; CDC 2022)."),
    OPIOID_GABAPENTINOID("opioid_gabapentinoid",
            "An opioid and gabapentin or pregabalin on the same day: risk of respiratory depression (FDA 2019)."),
    SEROTONERGIC_COMBINATION("serotonergic_combination",
            "A serotonergic opioid (tramadol, tapentadol, methadone, fentanyl, meperidine) with an SSRI, SNRI, tricyclic or MAOI: risk of serotonin syndrome (FDA 2016)."),
    HIGH_DAILY_MME("high_daily_mme",
            "Daily MME of 50 or more (reassess benefit and risk, offer naloxone) or 90 or more (avoid or justify): CDC outpatient guidance, borrowed on a ward."),
    SNAP_BELOW_NORMAL("snap_below_normal",
            "A sural or superficial peroneal SNAP amplitude below its own study's lower limit of normal, or absent, on a side where the first study was normal."),
    AMPLITUDE_FELL("amplitude_fell",
            "A SNAP or CMAP amplitude at least 50 % below the same nerve's first study (BedsideNeuro's own threshold, above the 15-20 % between-session variation, Kong 2009)."),
    REVIEW_OVERDUE("review_overdue",
            "An opioid runs and its review is past due (4 weeks after a start or escalation, then every 3 months): CDC 2022 rec. 7, outpatient guidance borrowed on a ward; seed 004."),
    NO_FUNCTIONAL_BENEFIT("no_functional_benefit",
            "An opioid has run for 4 weeks or more and the latest PEG is not at least 1 point better than before it started or last escalated: BedsideNeuro's own rule (seed 004; 1 point = MID, Reed 2024)."),
    OPIOID_BEFORE_FIRST_LINE("opioid_before_first_line",
            "An opioid for neuropathic pain started before two first-line classes had a trial ending ineffective or not tolerated: BedsideNeuro's own rule (seed 004).");

    private final String code;
    private final String description;

    FlagCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override public String code() { return code; }
    @Override public String label() { return code; }

    public String description() { return description; }

    /** The plain title a clinician reads ("Myoclonus rising with the opioid dose"); the code stays in exports. */
    public String title() { return FlagTitles.of(code).title(); }

    /** The rule's meaning in one line, beside the title wherever a clinician reads a flag. */
    public String meaning() { return FlagTitles.of(code).meaning(); }
}
