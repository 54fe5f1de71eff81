package org.bedsideneuro.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Logs in to the ward server once, before anything else: finds the password (PGPASSWORD, ~/.pgpass), asks a person
 * only when the server wants one that was not found, and turns a refusal into words a nurse or IT can act on.
 */
final class PostgresLogin {
    static final String NO_PASSWORD = "08004";
    static final String BAD_PASSWORD = "28P01";
    static final String NOT_AUTHORISED = "28000";
    static final String NO_SUCH_DATABASE = "3D000";

    private PostgresLogin() {
    }

    /** A dialect holding the password that worked (or none, when the server asked for none). */
    static PostgresDialect login(DatabaseLocation.PostgresServer server, PasswordPrompt prompt, Map<String, String> env, Path home) {
        String password = PgPass.lookup(server, env, home).orElse(null);
        boolean asked = false;
        while (true) {
            PostgresDialect dialect = new PostgresDialect(server.user(), password);
            try (Connection probe = dialect.dataSource(server.jdbcUrl()).getConnection()) {
                return dialect;
            } catch (SQLException e) {
                boolean wantsPassword = NO_PASSWORD.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("password");
                if (wantsPassword && !asked) { // asked once, as psql does: a wrong typed password is an error, not a loop
                    Optional<char[]> typed = prompt.ask("Password for " + server.user() + " on " + server.host() + ": ");
                    if (typed.isPresent()) {
                        password = new String(typed.get());
                        Arrays.fill(typed.get(), '\0');
                        asked = true;
                        continue;
                    }
                }
                throw explain(server, e);
            }
        }
    }

    /** What a refused or failed connection means, and what to do. */
    static DatabaseException explain(DatabaseLocation.PostgresServer server, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String where = server.describe();
        String message;
        if (NO_PASSWORD.equals(state) && String.valueOf(e.getMessage()).contains("password")) {
            message = "The ward server asks for a password for " + server.user() + " and none was found. Set PGPASSWORD, add a line"
                    + " host:port:database:user:password to ~/.pgpass (readable by you only), or run from a terminal to be asked.";
        } else if (BAD_PASSWORD.equals(state) || NOT_AUTHORISED.equals(state)) {
            message = "The ward server refused " + server.user() + " (" + e.getMessage() + "). Check the password in PGPASSWORD or"
                    + " ~/.pgpass, or ask IT whether this user may connect.";
        } else if (NO_SUCH_DATABASE.equals(state)) {
            message = "The ward server has no database '" + server.database() + "'. Check the name in --db, or ask IT to create it"
                    + " (docs/it-guide.md, \"The ward server\").";
        } else if (state.startsWith("08")) {
            message = "Cannot reach the ward server at " + server.host() + ":" + server.port() + " (" + e.getMessage()
                    + "). Check the address and the network, or ask IT whether the server is running.";
        } else {
            message = "Cannot open " + where + " (" + e.getMessage() + ").";
        }
        return new DatabaseException(DatabaseException.Reason.CANNOT_OPEN, message + " Nothing was changed.", e);
    }
}
