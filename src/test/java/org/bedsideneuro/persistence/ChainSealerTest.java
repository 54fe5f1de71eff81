package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The background sealer's own promises, without a database (the seals against PostgreSQL are in SealWaitTest and
 * GroupSealTest): requests made while a seal runs are covered by one more seal, not one each; a failed seal is retried
 * with the batches it was asked for, and waiting for the seal ends only once one has succeeded.
 */
class ChainSealerTest {
    /** A guard against a hang, not a measure of speed. */
    private static final Duration GUARD = Duration.ofMinutes(1);

    @Test
    void requestsDuringASealAreCoveredByOneMoreSeal() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Set<String>> seals = new CopyOnWriteArrayList<>();
        ChainSealer sealer = new ChainSealer("test sealer", batches -> {
            seals.add(Set.copyOf(batches));
            started.countDown();
            assertThat(release.await(1, TimeUnit.MINUTES)).isTrue();
        }, Duration.ZERO);
        try {
            sealer.request("first");
            assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
            for (int i = 0; i < 10; i++) {
                sealer.request("burst-" + i);
            }
            release.countDown();
            assertThat(sealer.awaitSealed(GUARD)).isTrue();
            assertThat(seals).hasSize(2);
            assertThat(seals.get(0)).containsExactly("first");
            assertThat(seals.get(1)).hasSize(10).allMatch(b -> b.startsWith("burst-"));
        } finally {
            sealer.stop();
        }
    }

    @Test
    void aFailedSealIsRetriedWithItsBatchesAndAwaitingEndsOnlyOnceOneSucceeds() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Set<String>> asked = new CopyOnWriteArrayList<>();
        ChainSealer sealer = new ChainSealer("test sealer", batches -> {
            asked.add(Set.copyOf(batches));
            if (attempts.incrementAndGet() <= 2) {
                throw new SQLException("the server is gone", "08006");
            }
        }, Duration.ZERO);
        try {
            sealer.request("saved");
            assertThat(sealer.awaitSealed(GUARD)).isTrue();
            assertThat(attempts).hasValue(3);
            assertThat(asked).allMatch(b -> b.equals(Set.of("saved")));
        } finally {
            sealer.stop();
        }
    }

    @Test
    void nothingAskedIsSealedAtOnceAndAStoppedSealerTakesNoMoreRequests() throws Exception {
        AtomicInteger seals = new AtomicInteger();
        ChainSealer sealer = new ChainSealer("test sealer", batches -> seals.incrementAndGet(), Duration.ZERO);
        assertThat(sealer.awaitSealed(GUARD)).isTrue();
        sealer.stop();
        sealer.request("after close");
        assertThat(sealer.awaitSealed(GUARD)).isTrue();
        assertThat(seals).hasValue(0);
    }

    @Test
    void requestsWithinTheLingerShareOneSealAndWaitingForItCutsTheLingerShort() throws Exception {
        List<Set<String>> seals = new CopyOnWriteArrayList<>();
        ChainSealer sealer = new ChainSealer("test sealer", batches -> seals.add(Set.copyOf(batches)), Duration.ofMinutes(10));
        try {
            for (int i = 0; i < 10; i++) {
                sealer.request("save-" + i);
            }
            assertThat(sealer.awaitSealed(Duration.ofSeconds(30))).as("sealed without waiting out ten minutes").isTrue();
            assertThat(seals).hasSize(1);
            assertThat(seals.get(0)).hasSize(10);
        } finally {
            sealer.stop();
        }
    }

    @Test
    void aRequestNobodyWaitsForIsSealedOnceTheLingerHasPassed() throws Exception {
        CountDownLatch sealed = new CountDownLatch(1);
        ChainSealer sealer = new ChainSealer("test sealer", batches -> sealed.countDown(), Duration.ofMillis(50));
        try {
            sealer.request("saved");
            assertThat(sealed.await(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            sealer.stop();
        }
    }
}
