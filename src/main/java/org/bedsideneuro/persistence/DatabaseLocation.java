package org.bedsideneuro.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the database is: an SQLite file on this computer, or a database on the ward's PostgreSQL server.
 * Parsed once from {@code --db}; a password is never part of it (it comes from PGPASSWORD, ~/.pgpass or a prompt).
 */
public sealed interface DatabaseLocation permits DatabaseLocation.SqliteFile, DatabaseLocation.PostgresServer {

    /** What the user sees: the file path, or the URI without any password. */
    String describe();

    /** {@code postgresql://…} (or {@code postgres://…}, as libpq also accepts) is a server; anything else is a file path. */
    static DatabaseLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--db: give a database file or postgresql://[user@]host[:port]/dbname");
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return PostgresServer.parse(text.strip());
        }
        return new SqliteFile(Path.of(text));
    }

    record SqliteFile(Path file) implements DatabaseLocation {
        @Override
        public String describe() {
            return file.toAbsolutePath().toString();
        }
    }

    /**
     * {@code postgresql://[user@]host[:port]/dbname[?sslmode=…&sslrootcert=…]}. The user defaults to the operating-system
     * user and the port to 5432, as with psql. Only the TLS settings are accepted as parameters: anything else would
     * be silently ignored or, worse, carry a password onto the command line.
     */
    record PostgresServer(String host, int port, String database, String user, Map<String, String> tls) implements DatabaseLocation {
        public static final int DEFAULT_PORT = 5432;
        static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
        private static final Set<String> PARAMETERS = Set.of("sslmode", "sslrootcert");

        public PostgresServer {
            tls = Collections.unmodifiableMap(new LinkedHashMap<>(tls));
        }

        static PostgresServer parse(String text) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw invalid(text, e.getReason());
            }
            if (uri.getHost() == null) {
                throw invalid(text, "no host");
            }
            String userInfo = uri.getUserInfo();
            if (userInfo != null && userInfo.contains(":")) {
                throw new IllegalArgumentException("--db: a password is never given on the command line (others can read it in the process list"
                        + " and the shell's history). Remove it from the URI and set PGPASSWORD, use ~/.pgpass, or type it when asked.");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            String database = path.startsWith("/") ? path.substring(1) : path;
            if (database.isEmpty() || database.contains("/")) {
                throw invalid(text, "give exactly one database name after the host, e.g. postgresql://ward-server/bedside_neuro");
            }
            String user = userInfo == null || userInfo.isEmpty() ? System.getProperty("user.name") : userInfo;
            return new PostgresServer(uri.getHost(), uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort(), database, user,
                    parameters(text, uri.getQuery()));
        }

        private static Map<String, String> parameters(String text, String query) {
            Map<String, String> tls = new LinkedHashMap<>();
            if (query == null || query.isEmpty()) {
                return tls;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!PARAMETERS.contains(key)) {
                    throw invalid(text, "unknown parameter '" + key + "'; allowed: sslmode, sslrootcert");
                }
                if (key.equals("sslmode") && !SSL_MODES.contains(value)) {
                    throw invalid(text, "sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full");
                }
                tls.put(key, value);
            }
            return tls;
        }

        private static IllegalArgumentException invalid(String text, String why) {
            return new IllegalArgumentException("--db: '" + text + "' is not a PostgreSQL URI (" + why
                    + "). Expected postgresql://[user@]host[:port]/dbname[?sslmode=verify-full]");
        }

        /** The JDBC URL, with the TLS settings and no password. */
        public String jdbcUrl() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            StringBuilder url = new StringBuilder("jdbc:postgresql://").append(h).append(':').append(port).append('/').append(database);
            char sep = '?';
            for (Map.Entry<String, String> p : tls.entrySet()) {
                url.append(sep).append(p.getKey()).append('=').append(p.getValue());
                sep = '&';
            }
            return url.toString();
        }

        /** The same server, another database (copy-to and tests use it). */
        public PostgresServer withDatabase(String other) {
            return new PostgresServer(host, port, other, user, tls);
        }

        public PostgresServer withUser(String other) {
            return new PostgresServer(host, port, database, other, tls);
        }

        @Override
        public String describe() {
            StringBuilder s = new StringBuilder("postgresql://").append(user).append('@').append(host).append(':').append(port)
                    .append('/').append(database);
            char sep = '?';
            for (Map.Entry<String, String> p : tls.entrySet()) {
                s.append(sep).append(p.getKey()).append('=').append(p.getValue());
                sep = '&';
            }
            return s.toString();
        }
    }
}
