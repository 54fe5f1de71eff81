package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A save in one window (or on one laptop) reaches the others without a restart. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ChangeWatcherTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void aCommitByAnotherConnectionIsNoticedWithinTwoSeconds() throws Exception {
        Clock clock = Clock.systemUTC();
        try (Database watching = backend.open(dir, "ward", clock); Database writing = backend.open(dir, "ward", clock)) {
            CountDownLatch changed = new CountDownLatch(1);
            try (ChangeWatcher watcher = watching.watchChanges(new ChangeListener() {
                @Override
                public void changed() {
                    changed.countDown();
                }
            }, 200)) {
                // Let the watcher take its first look before the write, or the write would be its starting point.
                watching.read(s -> s.patients().count());
                assertThat(changed.await(700, TimeUnit.MILLISECONDS)).as("nothing changed yet").isFalse();
                writing.write(s -> {
                    Clinician nurse = s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE);
                    s.patients().add(new Patient(new PatientId("SYN-LIVE"), "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "", ""), nurse);
                    return null;
                });
                assertThat(changed.await(2, TimeUnit.SECONDS)).as("the other connection heard of the commit").isTrue();
            }
        }
    }

    @Test
    void aReadAloneAnnouncesNothing() throws Exception {
        Clock clock = Clock.systemUTC();
        try (Database watching = backend.open(dir, "ward", clock); Database reading = backend.open(dir, "ward", clock)) {
            CountDownLatch changed = new CountDownLatch(1);
            try (ChangeWatcher watcher = watching.watchChanges(changed::countDown, 200)) {
                reading.read(s -> s.patients().count());
                assertThat(changed.await(1, TimeUnit.SECONDS)).isFalse();
            }
        }
    }
}
