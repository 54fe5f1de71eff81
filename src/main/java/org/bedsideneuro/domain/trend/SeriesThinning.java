package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Thins a long series for drawing (shared/engineering-notes.md: never draw thousands of points). Largest-triangle-
 * three-buckets (Steinarsson 2013) keeps the shape; the series' highest and lowest points are then put back if the
 * buckets dropped them, because on a jerk-rate chart the peak is what a clinician looks for.
 */
public final class SeriesThinning {
    private SeriesThinning() {
    }

    /** A point of a series: x (e.g. epoch minutes) ascending, y the value. */
    public record Point(double x, double y) {
    }

    /** At most about {@code target} points (two more when the extremes had to be put back); short series unchanged. */
    public static List<Point> thin(List<Point> points, int target) {
        if (target < 3) {
            throw new IllegalArgumentException("Thinning needs a target of at least 3 points");
        }
        if (points.size() <= target) {
            return List.copyOf(points);
        }
        TreeSet<Integer> kept = new TreeSet<>(lttb(points, target));
        kept.add(extreme(points, true));
        kept.add(extreme(points, false));
        List<Point> out = new ArrayList<>(kept.size());
        kept.forEach(i -> out.add(points.get(i)));
        return out;
    }

    private static List<Integer> lttb(List<Point> data, int target) {
        List<Integer> chosen = new ArrayList<>(target);
        double every = (double) (data.size() - 2) / (target - 2);
        int a = 0;
        chosen.add(0);
        for (int i = 0; i < target - 2; i++) {
            int nextStart = (int) Math.floor((i + 1) * every) + 1;
            int nextEnd = Math.min((int) Math.floor((i + 2) * every) + 1, data.size());
            double avgX = 0;
            double avgY = 0;
            for (int j = nextStart; j < nextEnd; j++) {
                avgX += data.get(j).x();
                avgY += data.get(j).y();
            }
            int n = Math.max(1, nextEnd - nextStart);
            avgX /= n;
            avgY /= n;
            int start = (int) Math.floor(i * every) + 1;
            int end = (int) Math.floor((i + 1) * every) + 1;
            double best = -1;
            int bestIndex = start;
            Point pa = data.get(a);
            for (int j = start; j < end; j++) {
                Point p = data.get(j);
                double area = Math.abs((pa.x() - avgX) * (p.y() - pa.y()) - (pa.x() - p.x()) * (avgY - pa.y()));
                if (area > best) {
                    best = area;
                    bestIndex = j;
                }
            }
            chosen.add(bestIndex);
            a = bestIndex;
        }
        chosen.add(data.size() - 1);
        return chosen;
    }

    private static int extreme(List<Point> data, boolean highest) {
        int at = 0;
        for (int i = 1; i < data.size(); i++) {
            double y = data.get(i).y();
            if (highest ? y > data.get(at).y() : y < data.get(at).y()) {
                at = i;
            }
        }
        return at;
    }
}
