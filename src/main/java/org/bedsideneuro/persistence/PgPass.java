package org.bedsideneuro.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the ward server's password the way psql does, so that IT sets it up once for both: the PGPASSWORD
 * environment variable, else the password file (PGPASSFILE, else ~/.pgpass, or %APPDATA%\postgresql\pgpass.conf
 * on Windows). Never the command line or a settings file: both are read by others.
 * <p>
 * File format (PostgreSQL documentation, "The Password File"): one {@code hostname:port:database:username:password}
 * per line, the first matching line wins, {@code *} in the first four fields matches anything, {@code \:} and
 * {@code \\} escape a colon and a backslash, lines starting with {@code #} are comments. Like libpq, a file that
 * others may read is ignored.
 */
public final class PgPass {
    private PgPass() {
    }

    /** The password for {@code server} from {@code env} and the password file, if there is one. */
    public static Optional<String> lookup(DatabaseLocation.PostgresServer server, Map<String, String> env, Path home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        Path file = passwordFile(env, home);
        if (file == null || !Files.isRegularFile(file) || readableByOthers(file)) {
            return Optional.empty();
        }
        try {
            return match(Files.readAllLines(file, StandardCharsets.UTF_8), server);
        } catch (IOException e) {
            return Optional.empty(); // as psql: an unreadable password file is no password
        }
    }

    static Path passwordFile(Map<String, String> env, Path home) {
        String explicit = env.get("PGPASSFILE");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String appData = env.get("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null ? null : home.resolve(".pgpass");
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // Windows: the profile folder is private
        }
    }

    /** The first line whose host, port, database and user match; its password. */
    static Optional<String> match(List<String> lines, DatabaseLocation.PostgresServer server) {
        String[] wanted = {server.host(), Integer.toString(server.port()), server.database(), server.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (fields.size() < 5) {
                continue; // malformed: libpq skips it too
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** Splits on unescaped colons, removing the escapes; like libpq, the password too ends at an unescaped colon. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
