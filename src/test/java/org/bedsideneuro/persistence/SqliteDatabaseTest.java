package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only an SQLite file has: its pragmas and a file that is not a database at all. */
class SqliteDatabaseTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void usesWalAndFullSynchronousAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("ward.db"), clock)) {
            String settings = db.read(s -> {
                try (Statement st = s.connection().createStatement()) {
                    var a = st.executeQuery("PRAGMA journal_mode");
                    a.next();
                    String journal = a.getString(1);
                    var b = st.executeQuery("PRAGMA synchronous");
                    b.next();
                    int sync = b.getInt(1);
                    var c = st.executeQuery("PRAGMA foreign_keys");
                    c.next();
                    return journal + "/" + sync + "/" + c.getInt(1);
                }
            });
            assertThat(settings).isEqualTo("wal/2/1");
        }
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "this is a shopping list, not a database");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file, clock))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not a BedsideNeuro database")
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.NOT_A_DATABASE));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void createsTheFolderOfANewFile() {
        try (Database db = Database.open(dir.resolve("sub/ward.db"), clock)) {
            assertThat(db.check().healthy()).isTrue();
        }
        assertThat(dir.resolve("sub/ward.db")).exists();
    }
}
