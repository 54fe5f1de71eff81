package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.ComputerSettings;
import org.junit.jupiter.api.Test;

/** Which database the window opens: --db, else this computer's saved ward server, else the file. */
class WindowDatabaseTest {
    private final Path file = Path.of("/home/nurse/.local/share/bedside-neuro/bedside-neuro.db");

    @Test
    void theSavedServerIsUsedUnlessDbIsGiven() {
        ComputerSettings saved = ComputerSettings.defaults().withServerUri("postgresql://nurse@ward-server/bedside_neuro?sslmode=verify-full");

        DatabaseLocation chosen = WindowDatabase.choose(null, saved, file);
        assertThat(chosen).isInstanceOfSatisfying(DatabaseLocation.PostgresServer.class, s -> {
            assertThat(s.host()).isEqualTo("ward-server");
            assertThat(s.database()).isEqualTo("bedside_neuro");
            assertThat(s.tls()).containsEntry("sslmode", "verify-full");
        });

        DatabaseLocation given = DatabaseLocation.parse("/tmp/other.db");
        assertThat(WindowDatabase.choose(given, saved, file)).isEqualTo(given);
    }

    @Test
    void withNothingSavedTheLaptopsOwnFileOpens() {
        assertThat(WindowDatabase.choose(null, ComputerSettings.defaults(), file)).isEqualTo(new DatabaseLocation.SqliteFile(file));
    }

    @Test
    void aBrokenSavedAddressIsRefusedInWordsNeverReplacedBySomeOtherDatabase() {
        ComputerSettings broken = ComputerSettings.defaults().withServerUri("postgresql://nurse:secret@ward-server/bedside_neuro");
        assertThatThrownBy(() -> WindowDatabase.choose(null, broken, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid address").hasMessageContaining("Settings, Ward server");
    }
}
