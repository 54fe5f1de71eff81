package org.bedsideneuro.domain.finding;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The adverse effects named at an opioid review, coded as a ';'-separated list in a fixed order; "none" alone. */
public record AdverseEffects(Set<AdverseEffect> effects) implements FindingValue {
    public AdverseEffects {
        if (effects.isEmpty()) {
            throw new IllegalArgumentException("No adverse effect given: record 'none' when there were none");
        }
        if (effects.contains(AdverseEffect.NONE) && effects.size() > 1) {
            throw new IllegalArgumentException("'none' cannot be recorded together with an adverse effect");
        }
        effects = Set.copyOf(EnumSet.copyOf(effects));
    }

    public static AdverseEffects of(AdverseEffect... effects) {
        return new AdverseEffects(Set.of(effects));
    }

    public static AdverseEffects of(Collection<AdverseEffect> effects) {
        return new AdverseEffects(Set.copyOf(effects));
    }

    public boolean none() {
        return effects.contains(AdverseEffect.NONE);
    }

    @Override
    public String code() {
        return EnumSet.copyOf(effects).stream().map(AdverseEffect::code).collect(Collectors.joining(";"));
    }

    @Override
    public String label() {
        return EnumSet.copyOf(effects).stream().map(AdverseEffect::label).collect(Collectors.joining(", "));
    }
}
