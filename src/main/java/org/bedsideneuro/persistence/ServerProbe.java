package org.bedsideneuro.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * "Test connection" in the ward-server dialog: logs in as the app would (PGPASSWORD, ~/.pgpass,
 * else the prompt) and reads, without writing, whether the database is one this version can open. Nothing is
 * migrated or changed: a test must not upgrade a ward's database behind IT's back.
 */
public final class ServerProbe {
    private ServerProbe() {
    }

    /** What was found, in words; throws a {@link DatabaseException} saying what went wrong and what to do. */
    public static String test(DatabaseLocation.PostgresServer server, PasswordPrompt prompt) {
        String home = System.getProperty("user.home");
        PostgresDialect dialect = PostgresLogin.login(server, prompt, System.getenv(), home == null ? null : Path.of(home));
        try (Connection c = dialect.dataSource(server.jdbcUrl()).getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            int stored = SchemaGate.refuseNewerOrForeignSchema(c, dialect, "The database " + server.describe());
            c.rollback();
            return stored == 0
                    ? "Connected to " + server.describe() + ". The database is empty: BedsideNeuro will create its tables at the first start."
                    : "Connected to " + server.describe() + ": a BedsideNeuro database (schema version " + stored + ").";
        } catch (SQLException e) {
            throw PostgresLogin.explain(server, e);
        }
    }
}
