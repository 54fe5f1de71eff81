package org.bedsideneuro.domain.trend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Thins a series for display with largest-triangle-three-buckets (Steinarsson 2013), so five years of observations
 * draw as a few hundred points with the same shape. A thinned chart must never hide what matters clinically, so on
 * top of what LTTB picks it always keeps: the first and last point, every point the caller marks as must-keep
 * (those behind a flag), and the first and last point at the lowest and at the highest value. The kept points come back in
 * their original order. Pure: no drawing, no I/O.
 */
public final class Thinning {
    private Thinning() {
    }

    /**
     * The points to draw: all of them when there are at most {@code target}, otherwise about {@code target} chosen by
     * LTTB plus the must-keep points and the extremes (so the result may be a little longer than {@code target}).
     * {@code points} must be sorted by {@code x}.
     */
    public static <P> List<P> thin(List<P> points, ToDoubleFunction<P> x, ToDoubleFunction<P> y, Predicate<P> mustKeep, int target) {
        if (target < 3) {
            throw new IllegalArgumentException("Thinning: keep at least 3 points, not " + target);
        }
        int n = points.size();
        if (n <= target) {
            return List.copyOf(points);
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            xs[i] = x.applyAsDouble(points.get(i));
            ys[i] = y.applyAsDouble(points.get(i));
            min = Math.min(min, ys[i]);
            max = Math.max(max, ys[i]);
        }
        BitSet keep = lttb(xs, ys, target);
        int firstMin = -1, lastMin = -1, firstMax = -1, lastMax = -1;
        for (int i = 0; i < n; i++) {
            if (ys[i] == min) {
                firstMin = firstMin < 0 ? i : firstMin;
                lastMin = i;
            }
            if (ys[i] == max) {
                firstMax = firstMax < 0 ? i : firstMax;
                lastMax = i;
            }
            if (mustKeep.test(points.get(i))) {
                keep.set(i);
            }
        }
        // The first and last time the extremes were reached: when the lowest grade began and how long it lasted.
        // Not every point at an extreme: a stable patient's thousand 5s would then defeat the thinning.
        keep.set(firstMin);
        keep.set(lastMin);
        keep.set(firstMax);
        keep.set(lastMax);
        List<P> kept = new ArrayList<>(keep.cardinality());
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            kept.add(points.get(i));
        }
        return kept;
    }

    /** Indices chosen by plain LTTB: first, last, and one per bucket in between. */
    static BitSet lttb(double[] xs, double[] ys, int target) {
        int n = xs.length;
        BitSet chosen = new BitSet(n);
        chosen.set(0);
        chosen.set(n - 1);
        double bucketSize = (double) (n - 2) / (target - 2);
        int a = 0;
        for (int bucket = 0; bucket < target - 2; bucket++) {
            int start = (int) Math.floor(bucket * bucketSize) + 1;
            int end = Math.min((int) Math.floor((bucket + 1) * bucketSize) + 1, n - 1);
            // The next bucket's average point is the third corner of the triangle.
            int nextStart = end;
            int nextEnd = Math.min((int) Math.floor((bucket + 2) * bucketSize) + 1, n);
            double avgX = 0;
            double avgY = 0;
            int count = Math.max(1, nextEnd - nextStart);
            for (int j = nextStart; j < nextEnd; j++) {
                avgX += xs[j];
                avgY += ys[j];
            }
            if (nextEnd > nextStart) {
                avgX /= count;
                avgY /= count;
            } else {
                avgX = xs[n - 1];
                avgY = ys[n - 1];
            }
            double bestArea = -1;
            int best = start;
            for (int j = start; j < end; j++) {
                double area = Math.abs((xs[a] - avgX) * (ys[j] - ys[a]) - (xs[a] - xs[j]) * (avgY - ys[a]));
                if (area > bestArea) {
                    bestArea = area;
                    best = j;
                }
            }
            chosen.set(best);
            a = best;
        }
        return chosen;
    }
}
