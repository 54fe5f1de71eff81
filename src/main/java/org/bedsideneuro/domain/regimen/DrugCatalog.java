package org.bedsideneuro.domain.regimen;

import java.util.Set;
import java.util.TreeSet;

/**
 * The drugs BedsideNeuro knows by lower-case generic name: opioids and adjuvants.
 * Source: shared/exchange-format.md (medications.csv, drug column) and shared/clinical-reference.md sections 5-6.
 */
public final class DrugCatalog {
    /** shared/exchange-format.md medications.csv: the opioids named there. */
    public static final Set<String> OPIOIDS = Set.of("morphine", "oxycodone", "hydromorphone", "hydrocodone",
            "oxymorphone", "codeine", "tramadol", "tapentadol", "fentanyl", "methadone", "buprenorphine",
            // clinical reference section 8: meperidine (pethidine) has no MME factor but is a serotonergic opioid
            "meperidine");
    /**
     * shared/exchange-format.md medications.csv adjuvants; dantrolene added from shared/clinical-reference.md
     * (myoclonus suppressants: clonazepam, baclofen, dantrolene, levetiracetam). None is an opioid.
     */
    public static final Set<String> ADJUVANTS = adjuvants();

    private DrugCatalog() {
    }

    /** The named adjuvants and every member of section 8's classes (benzodiazepines, antidepressants, topical agents ...). */
    private static Set<String> adjuvants() {
        Set<String> all = new TreeSet<>(Set.of("clonazepam", "baclofen", "gabapentin", "pregabalin",
                "levetiracetam", "duloxetine", "dantrolene"));
        for (MedicineClass c : MedicineClass.values()) {
            c.members().stream().filter(d -> !OPIOIDS.contains(d)).forEach(all::add);
        }
        return Set.copyOf(all);
    }

    public static DrugClass classify(String drug) {
        if (OPIOIDS.contains(drug)) {
            return DrugClass.OPIOID;
        }
        return ADJUVANTS.contains(drug) ? DrugClass.ADJUVANT : DrugClass.UNKNOWN;
    }

    public static boolean isOpioid(String drug) {
        return classify(drug) == DrugClass.OPIOID;
    }

    public static boolean isAdjuvant(String drug) {
        return classify(drug) == DrugClass.ADJUVANT;
    }
}
