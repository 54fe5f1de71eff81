package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThinningTest {
    record P(double x, double y, boolean flagged) {
    }

    private static List<P> noisy(int n, long seed) {
        Random random = new Random(seed);
        List<P> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new P(i, 50 + 10 * Math.sin(i / 50.0) + random.nextGaussian(), false));
        }
        return points;
    }

    @Test
    void shortSeriesAreLeftAlone() {
        List<P> points = noisy(100, 1);
        assertThat(Thinning.thin(points, P::x, P::y, P::flagged, 250)).isEqualTo(points);
    }

    @Test
    void fiveYearsOfDailyValuesThinToAFewHundredInOrder() {
        List<P> points = noisy(5 * 365 * 4, 2);
        List<P> thinned = Thinning.thin(points, P::x, P::y, P::flagged, 250);
        assertThat(thinned.size()).isBetween(250, 260);
        assertThat(thinned).isSortedAccordingTo((a, b) -> Double.compare(a.x(), b.x()));
        assertThat(thinned.get(0)).isEqualTo(points.get(0));
        assertThat(thinned.get(thinned.size() - 1)).isEqualTo(points.get(points.size() - 1));
    }

    @Test
    void neverDropsTheExtremesOrAFlaggedPoint() {
        List<P> points = new ArrayList<>(noisy(7300, 3));
        points.set(1234, new P(1234, 500, false));     // a single spike
        points.set(4321, new P(4321, -400, false));    // a single trough
        P flagged = new P(6000, 50, true);             // an ordinary value, but a flag was raised on it
        points.set(6000, flagged);
        List<P> thinned = Thinning.thin(points, P::x, P::y, P::flagged, 100);
        assertThat(thinned).contains(points.get(1234), points.get(4321), flagged);
        assertThat(thinned.size()).isLessThan(110);
    }

    @Test
    void aPlateauAtTheExtremeDoesNotDefeatTheThinning() {
        List<P> points = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            points.add(new P(i, i == 1500 ? 4 : 5, false)); // MRC 5 throughout, one 4 in the middle
        }
        List<P> thinned = Thinning.thin(points, P::x, P::y, P::flagged, 200);
        assertThat(thinned.size()).isLessThanOrEqualTo(204);
        assertThat(thinned).contains(points.get(1500));
    }

    @Test
    void aJerkRateSeriesKeepsItsSinglePeakAndTroughWithNothingMarked() {
        // What the observation chart asks for (it was a second algorithm, SeriesThinning, before): a noisy rate with
        // one peak and one trough, nothing must-keep; the result is near the target, in order, first and last kept.
        Random random = new Random(42);
        List<P> points = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            points.add(new P(i, 10 + random.nextInt(20), false));
        }
        points.set(1234, new P(1234, 480, false));
        points.set(4321, new P(4321, 0, false));
        List<P> thinned = Thinning.thin(points, P::x, P::y, p -> false, 300);
        assertThat(thinned.size()).isBetween(300, 304);
        assertThat(thinned).contains(points.get(0), points.get(4999), points.get(1234), points.get(4321));
        assertThat(thinned).isSortedAccordingTo((a, b) -> Double.compare(a.x(), b.x()));
    }
}
