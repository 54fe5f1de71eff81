package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWardInstallerTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void theFirstAdministratorOfAFreshDatabaseCanLoadTheDemoWard() {
        try (Database db = Database.open(dir.resolve("fresh.db"), clock)) {
            // an administrator-only account is a clinician without a clinical role: it may not register patients itself
            Clinician admin = db.write(s -> s.clinicians().findOrCreate("Dr Demo Admin", Role.OTHER));
            DemoWardInstaller.Result result = DemoWardInstaller.install(db, admin, clock);
            assertThat(result.patients()).isEqualTo(11);
            assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(11);
        }
    }
}
