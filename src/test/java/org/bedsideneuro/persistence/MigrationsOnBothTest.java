package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One migration folder, run unchanged: the same versions with the same checksums on SQLite and PostgreSQL. */
class MigrationsOnBothTest {
    @TempDir
    Path dir;

    @Test
    void bothDatabasesRecordTheSameMigrationsWithTheSameChecksums() throws Exception {
        assertThat(applied(Backend.POSTGRESQL)).isEqualTo(applied(Backend.SQLITE)).hasSize(migrationFiles());
    }

    /** Every migration file, once: versions may have gaps (numbers reserved by work merged later), so not SCHEMA_VERSION. */
    private static int migrationFiles() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/org/bedsideneuro/persistence/db"))) {
            return (int) files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private List<String> applied(Backend backend) throws Exception {
        DatabaseLocation location = backend.emptyLocation(dir, "fresh");
        Database.open(location, Clock.systemUTC()).close();
        List<String> rows = new ArrayList<>();
        try (Connection c = Backend.raw(location); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, script, checksum FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
