package org.bedsideneuro.domain.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {
    @Test
    void idsMadeLaterSortAfterEarlierOnesAndAreUniqueVersion7Uuids() {
        UUID first = TimeOrderedUuid.next();
        UUID second = TimeOrderedUuid.next();
        assertThat(second.toString()).isGreaterThan(first.toString());
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        Set<UUID> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(TimeOrderedUuid.next());
        }
        assertThat(many).hasSize(10_000);
        assertThat(UUID.fromString(first.toString())).isEqualTo(first);
    }

    @Test
    void examIdsAreTimeOrdered() {
        assertThat(ExamId.random().value().version()).isEqualTo(7);
    }
}
