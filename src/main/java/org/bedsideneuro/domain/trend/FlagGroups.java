package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Flags gathered into markers that never overlap at a given drawing width: flags whose days lie closer than a
 * marker's width share one marker with a count. Used by the screen and the PDF alike.
 */
public final class FlagGroups {
    private FlagGroups() {
    }

    /** One marker: where it sits (the x of its first flag's day, mid-day) and its flags, oldest first. */
    public record Group(double x, List<Flag> flags) {
        public Group {
            flags = List.copyOf(flags);
        }

        public int count() {
            return flags.size();
        }
    }

    /**
     * Groups {@code flags} for a time axis from {@code xFrom} to {@code xTo} drawn {@code width} units wide, so that the
     * left edges of two markers are at least {@code markerWidth} apart (a marker is at most that wide).
     */
    public static List<Group> group(List<Flag> flags, double xFrom, double xTo, double width, double markerWidth) {
        if (xTo <= xFrom || width <= 0) {
            throw new IllegalArgumentException("An empty time axis cannot hold flags");
        }
        double unitsPerDay = width / (xTo - xFrom);
        List<Flag> sorted = flags.stream().sorted(Comparator.comparing(Flag::date)).toList();
        List<Group> groups = new ArrayList<>();
        List<Flag> current = new ArrayList<>();
        double currentX = 0;
        for (Flag f : sorted) {
            double x = f.date().toEpochDay() + 0.5;
            if (!current.isEmpty() && (x - currentX) * unitsPerDay < markerWidth) {
                current.add(f);
                continue;
            }
            if (!current.isEmpty()) {
                groups.add(new Group(currentX, current));
            }
            current = new ArrayList<>(List.of(f));
            currentX = x;
        }
        if (!current.isEmpty()) {
            groups.add(new Group(currentX, current));
        }
        return groups;
    }
}
