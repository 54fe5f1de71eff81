package org.bedsideneuro.domain.finding;

import java.util.EnumSet;

/** A ';'-separated subset of the adverse effects, each named once, or {@code none} alone. */
public final class AdverseEffectsScale implements Scale {
    @Override
    public AdverseEffects parse(String text) {
        EnumSet<AdverseEffect> effects = EnumSet.noneOf(AdverseEffect.class);
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no adverse effect given; allowed values: " + allowed());
        }
        for (String part : trimmed.split(";", -1)) {
            AdverseEffect effect = Coded.byCode(AdverseEffect.class, part.strip()).orElseThrow(() ->
                    new IllegalArgumentException("'" + text + "': '" + part + "' is not an adverse effect; allowed values: " + allowed()));
            if (!effects.add(effect)) {
                throw new IllegalArgumentException("'" + text + "': '" + part + "' is named twice; allowed values: " + allowed());
            }
        }
        return new AdverseEffects(effects);
    }

    @Override
    public boolean accepts(FindingValue value) {
        return value instanceof AdverseEffects;
    }

    @Override
    public String allowed() {
        return "'none', or a ';'-separated subset of " + Coded.allowedCodes(AdverseEffect.class).replace("none, ", "");
    }
}
