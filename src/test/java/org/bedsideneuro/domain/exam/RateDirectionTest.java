package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateDirectionTest {
    @Test
    void risingFallingAndUnchangedAtTheShownPrecision() {
        assertThat(RateDirection.between(new BigDecimal("12.0"), new BigDecimal("36.0"))).contains(RateDirection.UP);
        assertThat(RateDirection.between(new BigDecimal("36.0"), new BigDecimal("0.0"))).contains(RateDirection.DOWN);
        assertThat(RateDirection.between(new BigDecimal("12.0"), new BigDecimal("12.04"))).as("reads 12.0 both times").contains(RateDirection.SAME);
        assertThat(RateDirection.UP.arrow()).isEqualTo("↑");
        assertThat(RateDirection.DOWN.arrow()).isEqualTo("↓");
        assertThat(RateDirection.SAME.arrow()).isEqualTo("→");
    }

    @Test
    void aFirstObservationHasNoDirection() {
        assertThat(RateDirection.between(null, new BigDecimal("12.0"))).isEmpty();
    }
}
