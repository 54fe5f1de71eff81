package org.bedsideneuro.domain.trend;

import java.util.Map;

/**
 * What a clinician reads for each flag: a plain title and the rule's meaning in one line, keyed by the flag's code
 * (so another language can be a second table keyed the same way). The code itself stays in exports, the command
 * line and FHIR; the full rule with its source is {@link FlagCode#description()}.
 */
final class FlagTitles {
    private static final Map<String, Wording> ENGLISH = Map.ofEntries(
            Map.entry("distal_weakness_worsened", new Wording("Distal weakness worse than baseline",
                    "A distal muscle is at least one full MRC grade weaker than at baseline.")),
            Map.entry("new_foot_drop", new Wording("New foot drop",
                    "Foot drop on a side that had none at baseline.")),
            Map.entry("ankle_reflex_lost", new Wording("Ankle reflex lost",
                    "The ankle reflex is now absent on a side where it was present at baseline.")),
            Map.entry("extensor_plantar", new Wording("New extensor plantar (Babinski)",
                    "Not explained by polyneuropathy: look for another cause.")),
            Map.entry("strength_asymmetry", new Wording("Strength differs between left and right",
                    "Two or more MRC grades between sides in one exam: look for a focal cause.")),
            Map.entry("myoclonus_new", new Wording("New myoclonus",
                    "Myoclonus recorded where earlier observations showed none.")),
            Map.entry("myoclonus_rising_with_mme", new Wording("Myoclonus rising with the opioid dose",
                    "Jerk rate doubled while the daily MME rose: possible opioid-induced neurotoxicity.")),
            Map.entry("oin_warning_signs", new Wording("Signs of opioid neurotoxicity",
                    "Delirium, hallucinations, hyperalgesia, allodynia or seizure while on opioids.")),
            Map.entry("sedation_unacceptable", new Wording("Unacceptable sedation",
                    "POSS 3 or 4: hold or reduce the opioid.")),
            Map.entry("hyperalgesia_escalation", new Wording("Dose raised after hyperalgesia",
                    "Hyperalgesia or allodynia, then a higher daily MME: it may be treated as pain.")),
            Map.entry("renal_risk", new Wording("Low eGFR with a renally cleared opioid",
                    "eGFR below 30 on morphine, codeine, tramadol or hydromorphone.")),
            Map.entry("opioid_benzodiazepine", new Wording("Opioid with a benzodiazepine",
                    "Watch sedation and breathing closely.")),
            Map.entry("opioid_gabapentinoid", new Wording("Opioid with gabapentin or pregabalin",
                    "Risk of respiratory depression.")),
            Map.entry("serotonergic_combination", new Wording("Serotonergic opioid with an antidepressant",
                    "Risk of serotonin syndrome.")),
            Map.entry("high_daily_mme", new Wording("High daily opioid dose",
                    "Daily MME of 50 or more (reassess) or 90 or more (avoid or justify).")),
            Map.entry("snap_below_normal", new Wording("Sensory nerve response below normal",
                    "A sural or superficial peroneal SNAP below its lower limit, normal in the first study.")),
            Map.entry("amplitude_fell", new Wording("Nerve response fell by half",
                    "A SNAP or CMAP amplitude at least 50 % below the same nerve's first study.")),
            Map.entry("review_overdue", new Wording("Opioid review overdue",
                    "An opioid runs and its review is past due.")),
            Map.entry("no_functional_benefit", new Wording("No functional benefit from the opioid",
                    "After 4 weeks the PEG score is not at least 1 point better.")),
            Map.entry("opioid_before_first_line", new Wording("Opioid before first-line treatments",
                    "Started before two first-line classes for neuropathic pain were tried.")));

    private FlagTitles() {
    }

    /** One flag's wording: a title for lists and markers, a one-line meaning for tooltips and banners. */
    record Wording(String title, String meaning) {
    }

    /** The English wording of the flag with {@code code}; every {@link FlagCode} has one (tested). */
    static Wording of(String code) {
        Wording wording = ENGLISH.get(code);
        if (wording == null) {
            throw new IllegalArgumentException("No title for the flag " + code);
        }
        return wording;
    }
}
