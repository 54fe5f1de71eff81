package org.bedsideneuro.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a database must be before anything writes to it: an SQLite file (or nothing yet), a BedsideNeuro schema, and
 * not a newer one than this build knows. Every check reads only, so a refused file is left exactly as it was; used
 * when opening ({@link Database}), restoring ({@link Backups}) and probing a ward server ({@link ServerProbe}).
 */
final class SchemaGate {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SchemaGate() {
    }

    static void refuseWhatIsNotOurs(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, file + " is a folder, not a database file.");
        }
        try {
            if (Files.size(file) == 0) {
                return; // an empty file is a new database
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new DatabaseException(DatabaseException.Reason.NOT_A_DATABASE,
                        file + " is not a BedsideNeuro database (it is not an SQLite file). It was not changed. "
                                + "Check the path given with --db, or restore the last backup.");
            }
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Reason.CANNOT_OPEN,
                    "Cannot read " + file + " (" + e.getMessage() + "). Check that the file exists and that you may read it.", e);
        }
    }

    /**
     * Reads the stored schema version without changing the file; refuses a newer schema or someone else's database.
     * Returns the stored version (0 for an empty database).
     */
    static int refuseNewerOrForeignSchema(String url, Path file) {
        try (Connection c = SqliteDialect.readOnly(url).getConnection()) {
            return refuseNewerOrForeignSchema(c, new SqliteDialect(), file.toString());
        } catch (SQLException e) {
            Optional<DatabaseException> storage = StorageProblems.explain(e, file);
            if (storage.isPresent()) {
                throw storage.get(); // a read-only folder is not a damaged file: "restore a backup" would be wrong advice
            }
            throw new DatabaseException(DatabaseException.Reason.DAMAGED,
                    file + " is damaged: it cannot be read as a database (" + e.getMessage() + "). It was not changed. "
                            + "Restore the last backup (bedside-neuro restore FILE).", e);
        }
    }

    /** The same refusals on any database, through a connection that only reads. */
    static int refuseNewerOrForeignSchema(Connection c, Dialect dialect, String what) throws SQLException {
        List<String> tables = dialect.tableNames(c);
        if (tables.isEmpty()) {
            return 0;
        }
        if (!tables.contains("flyway_schema_history")) {
            throw new DatabaseException(DatabaseException.Reason.FOREIGN_DATABASE,
                    what + " is " + (dialect instanceof SqliteDialect ? "an" : "a") + " " + dialect.name()
                            + " database, but not a BedsideNeuro one. It was not changed. Check the path given with --db.");
        }
        int stored = storedSchemaVersion(c);
        if (stored > Database.SCHEMA_VERSION) {
            throw new DatabaseException(DatabaseException.Reason.NEWER_SCHEMA,
                    what + " was written by a newer BedsideNeuro (schema version " + stored + "; this version knows up to "
                            + Database.SCHEMA_VERSION + "). It was not changed. Install the newer BedsideNeuro to open it.");
        }
        return stored;
    }

    static int storedSchemaVersion(Connection c) throws SQLException {
        int max = 0;
        try (Statement st = c.createStatement();
             // success is BOOLEAN: 1 on SQLite, true on PostgreSQL, so it is read with getBoolean, never compared to 1 in SQL
             // (shared/engineering-notes.md, "One schema for SQLite today and PostgreSQL tomorrow").
             ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    continue;
                }
                try {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                } catch (NumberFormatException ignored) {
                    // a non-numeric version is not one of ours; the newest numeric one counts
                }
            }
        }
        return max;
    }
}
