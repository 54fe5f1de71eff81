package org.bedsideneuro.domain.finding;

import java.util.EnumSet;

/** A ';'-separated subset of the body regions, each named once. */
public final class RegionSetScale implements Scale {
    @Override
    public RegionSet parse(String text) {
        EnumSet<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("no region given; allowed values: " + allowed());
        }
        for (String part : trimmed.split(";", -1)) {
            BodyRegion region = Coded.byCode(BodyRegion.class, part.strip()).orElseThrow(() ->
                    new IllegalArgumentException("'" + text + "': '" + part + "' is not a body region; allowed values: " + allowed()));
            if (!regions.add(region)) {
                throw new IllegalArgumentException("'" + text + "': '" + part + "' is named twice; allowed values: " + allowed());
            }
        }
        return new RegionSet(regions);
    }

    @Override
    public boolean accepts(FindingValue value) {
        return value instanceof RegionSet r && !r.regions().isEmpty();
    }

    @Override
    public String allowed() {
        return "';'-separated subset of " + Coded.allowedCodes(BodyRegion.class);
    }
}
