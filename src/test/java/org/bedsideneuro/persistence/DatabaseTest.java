package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DatabaseTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void createsANewDatabaseWithTheCurrentSchema() {
        try (Database db = Database.open(backend.emptyLocation(dir, "ward"), clock)) {
            CheckReport report = db.check();
            assertThat(report.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(report.integrity()).isEqualTo("ok");
            assertThat(report.counts()).containsEntry("patient", 0L).containsEntry("account", 0L).hasSize(Database.TABLES.size());
            assertThat(report.databaseKind()).isEqualTo(backend == Backend.SQLITE ? "SQLite" : "PostgreSQL");
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
    void refusesADatabaseFromANewerSchemaAndLeavesItUntouched() throws Exception {
        DatabaseLocation location = backend.emptyLocation(dir, "ward");
        Database.open(location, clock).close();
        try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
            // success written as TRUE: a BOOLEAN on PostgreSQL, 1 on SQLite
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '" + (Database.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01', 0, TRUE)");
        }
        String before = history(location);
        assertThatThrownBy(() -> Database.open(location, clock))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer BedsideNeuro")
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.NEWER_SCHEMA));
        assertThat(history(location)).isEqualTo(before);
    }

    @Test
    void aFailedMigrationInTheHistoryDoesNotCountAsAVersion() throws Exception {
        DatabaseLocation location = backend.emptyLocation(dir, "ward");
        Database.open(location, clock).close();
        try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '" + (Database.SCHEMA_VERSION + 7) + "', 'failed', 'SQL', 'V9__failed.sql', 0, 'test', '2030-01-01', 0, FALSE)");
            assertThat(SchemaGate.storedSchemaVersion(c)).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void refusesSomeoneElsesDatabase() throws Exception {
        DatabaseLocation location = backend.emptyLocation(dir, "other");
        try (Connection c = Backend.raw(location); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> Database.open(location, clock))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not a BedsideNeuro one")
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.FOREIGN_DATABASE));
        try (Connection c = Backend.raw(location); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM recipes")) {
            assertThat(rs.next()).isTrue(); // still there, and nothing of ours was added beside it
        }
        try (Connection c = Backend.raw(location)) {
            assertThat(backend == Backend.SQLITE ? new SqliteDialect().tableNames(c) : new PostgresDialect("x", null).tableNames(c))
                    .containsExactly("recipes");
        }
    }

    @Test
    void reopensAnExistingDatabaseWithoutMigratingAgain() throws Exception {
        DatabaseLocation location = backend.location(dir, "ward");
        Database.open(location, clock).close();
        String before = history(location);
        try (Database db = Database.open(location, clock)) {
            assertThat(db.check().schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(history(location)).isEqualTo(before);
    }

    private static String history(DatabaseLocation location) throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection c = Backend.raw(location); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT installed_rank, version, checksum FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
            }
        }
        return rows.toString();
    }
}
