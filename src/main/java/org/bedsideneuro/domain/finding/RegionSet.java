package org.bedsideneuro.domain.finding;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The body regions in which myoclonus was seen; coded as a ';'-separated list in a fixed order. */
public record RegionSet(Set<BodyRegion> regions) implements FindingValue {
    public RegionSet {
        regions = regions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regions));
    }

    public static RegionSet of(BodyRegion... regions) {
        return new RegionSet(Set.of(regions));
    }

    public static RegionSet of(Collection<BodyRegion> regions) {
        return new RegionSet(Set.copyOf(regions));
    }

    public boolean contains(BodyRegion region) {
        return regions.contains(region);
    }

    @Override
    public String code() {
        return ordered().stream().map(BodyRegion::code).collect(Collectors.joining(";"));
    }

    @Override
    public String label() {
        return ordered().stream().map(BodyRegion::label).collect(Collectors.joining(", "));
    }

    private EnumSet<BodyRegion> ordered() {
        return regions.isEmpty() ? EnumSet.noneOf(BodyRegion.class) : EnumSet.copyOf(regions);
    }
}
