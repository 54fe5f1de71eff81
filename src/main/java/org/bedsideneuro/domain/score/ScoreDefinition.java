package org.bedsideneuro.domain.score;

import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.finding.FindingKey;

/**
 * What a score is: its name, range, items, whether it is a validated published scale, and its source.
 * {@link #label()} is what a screen or printout shows next to the number.
 */
public record ScoreDefinition(String name, int min, int max, boolean validated, String source, List<FindingKey> items) {
    public ScoreDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        items = List.copyOf(items);
        if (min > max) {
            throw new IllegalArgumentException("Score range: " + min + " is above " + max);
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A score needs at least one item");
        }
    }

    /** "MRC sum score (0-60)", or with "BedsideNeuro's own, not a validated scale" for an unvalidated score. */
    public String label() {
        String range = name + " (" + min + "-" + max + ")";
        return validated ? range : range + " - BedsideNeuro's own, not a validated scale";
    }
}
