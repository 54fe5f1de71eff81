package org.bedsideneuro.domain.trend;

import java.util.function.Predicate;
import org.bedsideneuro.domain.regimen.MedicineClass;

/**
 * serotonergic_combination (clinical reference section 8): tramadol, tapentadol, methadone, fentanyl or meperidine and
 * an SSRI, SNRI, tricyclic or MAOI run on the same day. Source: FDA drug safety communication, 22 Mar 2016; seed 004
 * (tramadol with SNRIs and SSRIs).
 */
public final class SerotonergicCombinationRule extends SameDayCombinationRule {
    @Override public FlagCode code() { return FlagCode.SEROTONERGIC_COMBINATION; }

    @Override Predicate<String> first() { return MedicineClass.SEROTONERGIC_OPIOID::includes; }

    @Override
    Predicate<String> second() {
        return drug -> MedicineClass.SEROTONERGIC_ANTIDEPRESSANTS.stream().anyMatch(c -> c.includes(drug));
    }

    @Override
    String advice() {
        return "Risk of serotonin syndrome: watch for agitation, tremor, clonus, hyperthermia (FDA 2016).";
    }
}
