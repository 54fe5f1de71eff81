package org.bedsideneuro.testdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;

/**
 * The two databases every persistence and exchange test runs on (one code path). Test classes are
 * {@code @ParameterizedClass @EnumSource(Backend.class)} and open their databases through {@link #open}.
 */
public enum Backend {
    SQLITE {
        @Override
        public DatabaseLocation location(Path dir, String name) {
            return new DatabaseLocation.SqliteFile(dir.resolve(name + ".db"));
        }
    },
    POSTGRESQL {
        @Override
        public DatabaseLocation location(Path dir, String name) {
            return TestPostgres.get().database(dir.resolve(name));
        }

        @Override
        public DatabaseLocation emptyLocation(Path dir, String name) {
            return TestPostgres.get().emptyDatabase();
        }
    };

    /** A place where no database is yet (SQLite: no file; PostgreSQL: an empty database). */
    public DatabaseLocation emptyLocation(Path dir, String name) {
        return location(dir, name);
    }

    /** Where the test's database called {@code name} is: the same place each time within one test. */
    public abstract DatabaseLocation location(Path dir, String name);

    /** A plain JDBC connection behind the app's back (SQLite: the file; PostgreSQL: as the superuser), for setting up damage. */
    public static Connection raw(DatabaseLocation location) throws SQLException {
        if (location instanceof DatabaseLocation.SqliteFile f) {
            return DriverManager.getConnection("jdbc:sqlite:" + f.file().toAbsolutePath());
        }
        return TestPostgres.get().superuser(((DatabaseLocation.PostgresServer) location).database());
    }

    public Database open(Path dir, String name, Clock clock) {
        return Database.open(location(dir, name), clock);
    }
}
