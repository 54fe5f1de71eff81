package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisScaleTest {
    @Test
    void roundsTenPercentAboveTheDataUpToTheNextStep() {
        assertThat(AxisScale.niceMax(90, 10)).isEqualTo(100); // 99 -> 100
        assertThat(AxisScale.niceMax(100, 10)).isEqualTo(200); // 110 -> 200
        assertThat(AxisScale.niceMax(21, 10)).isEqualTo(25); // 23.1 -> 25
        assertThat(AxisScale.niceMax(40, 10)).isEqualTo(50); // 44 -> 50
    }

    @Test
    void aQuietSeriesKeepsTheFloor() {
        assertThat(AxisScale.niceMax(0, 10)).isEqualTo(10);
        assertThat(AxisScale.niceMax(3, 120)).isEqualTo(200); // the floor itself is rounded to a step
    }
}
