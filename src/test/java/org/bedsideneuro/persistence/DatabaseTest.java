package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void createsANewDatabaseWithTheCurrentSchema() {
        try (Database db = Database.open(dir.resolve("sub/ward.db"), clock)) {
            CheckReport report = db.check();
            assertThat(report.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(report.integrity()).isEqualTo("ok");
            assertThat(report.counts()).containsEntry("patient", 0L);
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigrationFile() throws Exception {
        Path migrations = Path.of("src/main/resources/org/bedsideneuro/persistence/db");
        try (var files = Files.list(migrations)) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertThat(newest).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

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
    void refusesADatabaseFromANewerSchemaAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("ward.db");
        Database.open(file, clock).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '" + (Database.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file, clock))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer BedsideNeuro")
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.NEWER_SCHEMA));
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).isTrue();
    }

    @Test
    void refusesSomeoneElsesSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> Database.open(file, clock))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not a BedsideNeuro one");
    }

    @Test
    void reopensAnExistingDatabaseWithoutMigratingAgain() {
        Path file = dir.resolve("ward.db");
        Database.open(file, clock).close();
        try (Database db = Database.open(file, clock)) {
            assertThat(db.check().schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}
