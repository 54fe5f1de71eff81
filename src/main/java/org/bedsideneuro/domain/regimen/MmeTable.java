package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MME conversion factors: the CDC 2022 table for oral use and transdermal fentanyl, plus parenteral factors (iv, sc,
 * im): BedsideNeuro's default estimates, or the table the hospital chose ({@link ParenteralFactors}). Source:
 * shared/clinical-reference.md section 6. CDC warns that MME is a population tool, not a dose-conversion tool for an
 * individual patient.
 */
public final class MmeTable {
    /** shared/clinical-reference.md section 6. */
    static final String CDC_2022 = "CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022, MMWR Recomm Rep 71(3), Table: MME conversion factors";
    /** shared/clinical-reference.md section 6, parenteral defaults. */
    static final String PARENTERAL = "BedsideNeuro parenteral estimate from the usual 3 mg oral : 1 mg parenteral morphine ratio (clinical reference section 6); not in the CDC table";

    /** The CDC 2022 factors (oral, transdermal fentanyl): the same whichever parenteral table is in force. */
    private static final List<MmeFactor> CDC = cdc();
    private static final List<MmeFactor> DEFAULTS = concat(CDC, ParenteralPreset.DEFAULT.factors());

    private final Map<Key, MmeFactor> factors;

    /** The default table with {@code overrides} replacing (or adding) the factor for their drug and route. */
    public MmeTable(Collection<MmeFactor> overrides) {
        this(DEFAULTS, overrides);
    }

    private MmeTable(List<MmeFactor> base, Collection<MmeFactor> added) {
        Map<Key, MmeFactor> map = new LinkedHashMap<>();
        for (MmeFactor f : base) {
            map.put(new Key(f.drug(), f.route()), f);
        }
        for (MmeFactor f : added) {
            if (!DrugCatalog.isOpioid(f.drug()) || f.drug().equals("buprenorphine") || f.route() == Route.INTRATHECAL) {
                throw new IllegalArgumentException("MME factor for " + f.drug() + " " + f.route().code()
                        + ": only opioids other than buprenorphine, by a route other than intrathecal, have a factor");
            }
            map.put(new Key(f.drug(), f.route()), f);
        }
        this.factors = Map.copyOf(map);
    }

    private record Key(String drug, Route route) {
    }

    /** CDC 2022 factors and BedsideNeuro's default parenteral estimates. */
    public static MmeTable standard() {
        return new MmeTable(List.of());
    }

    /**
     * CDC 2022 factors and exactly {@code parenteral} for iv, sc and im: a drug and route it has no factor for is not
     * counted, whatever the default table says (clinical reference section 6: the parenteral table is the hospital's).
     */
    public static MmeTable withParenteral(Collection<MmeFactor> parenteral) {
        for (MmeFactor f : parenteral) {
            if (!f.route().isParenteral()) {
                throw new IllegalArgumentException("MME factor for " + f.drug() + " " + f.route().code() + ": not a parenteral route (iv, sc, im)");
            }
        }
        return new MmeTable(CDC, parenteral);
    }

    private static List<MmeFactor> concat(List<MmeFactor> a, List<MmeFactor> b) {
        List<MmeFactor> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<MmeFactor> cdc() {
        List<MmeFactor> list = new ArrayList<>();
        // shared/clinical-reference.md section 6, CDC 2022 Table (oral):
        list.add(oral("codeine", "0.15"));
        list.add(oral("hydrocodone", "1"));
        list.add(oral("hydromorphone", "5"));
        list.add(oral("methadone", "4.7"));
        list.add(oral("morphine", "1"));
        list.add(oral("oxycodone", "1.5"));
        list.add(oral("oxymorphone", "3"));
        list.add(oral("tapentadol", "0.4"));
        list.add(oral("tramadol", "0.2"));
        // shared/clinical-reference.md section 6, CDC 2022 Table: fentanyl transdermal 2.4 per mcg/h patch rate
        list.add(new MmeFactor("fentanyl", Route.TRANSDERMAL, DoseUnit.MCG_PER_HOUR, new BigDecimal("2.4"), CDC_2022, false));
        // Parenteral factors (iv, sc, im) are not in the CDC table: ParenteralPreset, the hospital's choice.
        // Sublingual: the reference gives no sublingual factor (the CDC table is for oral use), so sublingual
        // orders are not counted rather than guessed as oral. Intrathecal and buprenorphine: not counted by rule.
        return List.copyOf(list);
    }

    private static MmeFactor oral(String drug, String factor) {
        return new MmeFactor(drug, Route.ORAL, DoseUnit.MG, new BigDecimal(factor), CDC_2022, false);
    }

    /** The same factor for iv, sc and im, marked as a parenteral estimate. */
    public static List<MmeFactor> parenteral(String drug, DoseUnit per, String factor) {
        return List.of(Route.IV, Route.SC, Route.IM).stream()
                .map(r -> new MmeFactor(drug, r, per, new BigDecimal(factor), PARENTERAL, true)).toList();
    }

    /** All factors of this table. */
    public List<MmeFactor> factors() {
        return List.copyOf(factors.values());
    }

    public Optional<MmeFactor> factor(String drug, Route route) {
        return Optional.ofNullable(factors.get(new Key(drug, route)));
    }

    /** The factor to count {@code order} with, or why it is not counted (clinical reference section 6). */
    public MmeFactorLookup factorFor(MedicationOrder order) {
        return factorFor(order.drug(), order.route());
    }

    public MmeFactorLookup factorFor(String drug, Route route) {
        DrugClass drugClass = DrugCatalog.classify(drug);
        if (drugClass == DrugClass.ADJUVANT) {
            return new MmeFactorLookup.NotCounted(NotCountedReason.ADJUVANT, drug + " is not an opioid (adjuvant)");
        }
        if (drugClass == DrugClass.UNKNOWN) {
            return new MmeFactorLookup.NotCounted(NotCountedReason.UNKNOWN_DRUG, drug + ": drug not known to BedsideNeuro, no MME factor");
        }
        if (drug.equals("buprenorphine")) {
            return new MmeFactorLookup.NotCounted(NotCountedReason.BUPRENORPHINE, NotCountedReason.BUPRENORPHINE.description());
        }
        if (route == Route.INTRATHECAL) {
            return new MmeFactorLookup.NotCounted(NotCountedReason.INTRATHECAL, drug + " intrathecal: " + NotCountedReason.INTRATHECAL.description());
        }
        MmeFactor factor = factors.get(new Key(drug, route));
        if (factor == null) {
            return new MmeFactorLookup.NotCounted(NotCountedReason.NO_FACTOR_FOR_ROUTE,
                    drug + " " + route.code() + ": no MME factor in the CDC 2022 table or the parenteral factors in force");
        }
        return new MmeFactorLookup.Counted(factor);
    }
}
