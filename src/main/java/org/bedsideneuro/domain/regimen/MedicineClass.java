package org.bedsideneuro.domain.regimen;

import java.util.Set;

/**
 * The classes of medicine that BedsideNeuro's prescribing-safety flags and the neuropathic-pain plan look at, each with
 * its members as clinical reference section 8 lists them (by lower-case generic name). A drug may be in several
 * (fentanyl is an opioid and serotonergic). A drug in none is not silently ignored: {@link DrugCatalog} says whether
 * BedsideNeuro knows it at all.
 */
public enum MedicineClass {
    /** Section 8; FDA boxed warning with opioids, 31 Aug 2016. */
    BENZODIAZEPINE("benzodiazepine", Set.of("alprazolam", "chlordiazepoxide", "clobazam", "clonazepam", "diazepam", "lorazepam",
            "midazolam", "oxazepam", "temazepam")),
    /** Section 8; FDA drug safety communication with opioids, 19 Dec 2019 (respiratory depression). First-line (seed 004). */
    GABAPENTINOID("gabapentinoid", Set.of("gabapentin", "pregabalin")),
    /** Section 8; serotonergic (FDA drug safety communication, 22 Mar 2016). */
    SSRI("SSRI", Set.of("citalopram", "escitalopram", "fluoxetine", "fluvoxamine", "paroxetine", "sertraline")),
    /** Section 8; serotonergic, and first-line for neuropathic pain (seed 004). */
    SNRI("SNRI", Set.of("desvenlafaxine", "duloxetine", "milnacipran", "venlafaxine")),
    /** Section 8; serotonergic, and first-line for neuropathic pain (seed 004). */
    TRICYCLIC("tricyclic", Set.of("amitriptyline", "clomipramine", "desipramine", "doxepin", "imipramine", "nortriptyline")),
    /** Section 8; linezolid is listed with the MAOIs by the FDA for serotonin syndrome. */
    MAOI("MAOI", Set.of("moclobemide", "phenelzine", "selegiline", "tranylcypromine", "linezolid")),
    /** Section 8: first-line for localised neuropathic pain (lidocaine 5 % and capsaicin 8 % patches). */
    TOPICAL("topical", Set.of("lidocaine", "capsaicin")),
    /** Section 8: the opioids with serotonergic action (meperidine has no MME factor: not counted, the flag applies). */
    SEROTONERGIC_OPIOID("serotonergic opioid", Set.of("fentanyl", "meperidine", "methadone", "tapentadol", "tramadol"));

    /** Section 8: the classes a serotonergic opioid must not be combined with (serotonin syndrome). */
    public static final Set<MedicineClass> SEROTONERGIC_ANTIDEPRESSANTS = Set.of(SSRI, SNRI, TRICYCLIC, MAOI);
    /** Section 8: the first-line classes counted by opioid_before_first_line and the neuropathic-pain plan. */
    public static final Set<MedicineClass> FIRST_LINE = Set.of(GABAPENTINOID, SNRI, TRICYCLIC, TOPICAL);

    private final String label;
    private final Set<String> members;

    MedicineClass(String label, Set<String> members) {
        this.label = label;
        this.members = members;
    }

    public String label() {
        return label;
    }

    public Set<String> members() {
        return members;
    }

    public boolean includes(String drug) {
        return members.contains(drug);
    }
}
