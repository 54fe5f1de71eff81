package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bedsideneuro.domain.trend.SeriesThinning.Point;
import org.junit.jupiter.api.Test;

class SeriesThinningTest {
    @Test
    void aLongSeriesIsThinnedKeepingFirstLastAndItsExtremes() {
        Random random = new Random(42);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            points.add(new Point(i, 10 + random.nextInt(20)));
        }
        points.set(1234, new Point(1234, 480)); // a single peak: must survive
        points.set(4321, new Point(4321, 0));
        List<Point> thin = SeriesThinning.thin(points, 300);
        assertThat(thin.size()).isBetween(300, 302);
        assertThat(thin).contains(points.get(0), points.get(4999), points.get(1234), points.get(4321));
        assertThat(thin).isSortedAccordingTo((a, b) -> Double.compare(a.x(), b.x()));
    }

    @Test
    void aShortSeriesIsLeftAsItIs() {
        List<Point> points = List.of(new Point(1, 2), new Point(2, 3));
        assertThat(SeriesThinning.thin(points, 300)).isEqualTo(points);
    }
}
