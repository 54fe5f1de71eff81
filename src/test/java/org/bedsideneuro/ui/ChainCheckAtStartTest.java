package org.bedsideneuro.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window's tamper check in the background: a row changed with plain SQL gives a plain warning. */
class ChainCheckAtStartTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void aPatientChangedOutsideTheAppIsNamedInAPlainWarning() throws Exception {
        Path file = dir.resolve("ward.db");
        try (Database db = Database.open(file, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC))) {
            Clinician nurse = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
            new SyntheticWard(db).patient("SYN-9", "Example", "Erin", LocalDate.of(1950, 1, 1), "3", nurse);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE patient SET bed = '99' WHERE id = 'SYN-9'");
            }
            AtomicReference<String> warning = new AtomicReference<>();
            try (ChainCheckAtStart check = new ChainCheckAtStart(db, Duration.ZERO, warning::set)) {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warning.get() != null);
            }
            assertThat(warning.get()).startsWith("Warning: the tamper check found that the patient record SYN-9 of patient SYN-9 was changed"
                    + " outside the app").contains("please tell IT");
        }
    }
}
