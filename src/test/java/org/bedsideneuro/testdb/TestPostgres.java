package org.bedsideneuro.testdb;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;

/**
 * A throwaway PostgreSQL cluster for the tests, started once per test JVM from the server binaries installed on the
 * machine (Debian's /usr/lib/postgresql/N/bin; shared/engineering-notes.md, "PostgreSQL facts measured here") and
 * stopped by a shutdown hook. fsync stays on: the crash test must test durability. Each test gets fresh databases
 * made with CREATE DATABASE.
 * <p>
 * Where no server can be started the PostgreSQL half of the suite fails, saying why: a CI without PostgreSQL must
 * not pass by silently testing only SQLite. {@code .ci/run} installs the server where it is missing.
 */
public final class TestPostgres {
    public static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "bedside_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Map<Path, DatabaseLocation.PostgresServer> BY_KEY = new ConcurrentHashMap<>();
    private static TestPostgres instance;
    private static RuntimeException failure;

    private final Path dir;
    private final int port;
    private final Path bin;
    private final boolean root;
    private final Path data;

    private TestPostgres(Path dir, int port, Path bin, boolean root, Path data) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
        this.root = root;
        this.data = data;
    }

    /**
     * A cluster of the caller's own, not the shared one, for a test that stops and starts its server (the network-drop
     * test of the ward server): stopping the shared cluster would fail every other test of the run. Stopped at JVM exit too.
     */
    public static TestPostgres startPrivate() {
        try {
            return start();
        } catch (Exception e) {
            throw new IllegalStateException("A private PostgreSQL cluster could not be started: " + e.getMessage()
                    + " Install the server (Debian: apt-get install postgresql) or set BEDSIDENEURO_PG_BIN.", e);
        }
    }

    /** Stops the server at once, as a crash or a pulled cable would look to the laptops: their connections are cut. */
    public void stopServer() {
        try {
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), dir);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not stop the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Starts the stopped server again on the same port, waiting until it accepts connections. */
    public void startServer() {
        try {
            run(startCommand(bin, root, data, dir, port), dir);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL again: " + e.getMessage(), e);
        }
    }

    private static List<String> startCommand(Path bin, boolean root, Path data, Path dir, int port) {
        return asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("server.log").toString(),
                "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=on -c max_connections=200", "start");
    }

    /** The running cluster, started on first use; the same failure, with its reason, for every test when it cannot start. */
    public static synchronized TestPostgres get() {
        if (instance == null && failure == null) {
            try {
                instance = start();
            } catch (Exception e) {
                failure = new IllegalStateException("The PostgreSQL half of the tests needs a PostgreSQL server, and none could be started: "
                        + e.getMessage() + " Install it (Debian: apt-get install postgresql; .ci/run does this) or set"
                        + " BEDSIDENEURO_PG_BIN to the folder holding initdb and pg_ctl.", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return instance;
    }

    public int port() {
        return port;
    }

    /** The same fresh database each time for the same key (a test that reopens its database), a new one for a new key. */
    public DatabaseLocation.PostgresServer database(Path key) {
        return BY_KEY.computeIfAbsent(key.toAbsolutePath(), k -> createDatabase());
    }

    /** A new database with the current schema: a copy of a template migrated once (a Flyway run on PostgreSQL costs most of a second). */
    public DatabaseLocation.PostgresServer createDatabase() {
        String name = "t" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return location(name, SUPERUSER);
    }

    /** A new database with nothing in it, for the tests of migrating and refusing. */
    public DatabaseLocation.PostgresServer emptyDatabase() {
        String name = "e" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return location(name, SUPERUSER);
    }

    private void migrateTemplate() {
        execute("postgres", "CREATE DATABASE " + TEMPLATE);
        Database.open(location(TEMPLATE, SUPERUSER), Clock.systemUTC()).close();
    }

    public DatabaseLocation.PostgresServer location(String database, String user) {
        return new DatabaseLocation.PostgresServer("127.0.0.1", port, database, user, Map.of());
    }

    /** A superuser connection to {@code database}: for tests that set things up behind the app's back. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, SUPERUSER, "");
    }

    public void execute(String database, String... statements) {
        try (Connection c = superuser(database); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test setup failed on PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("bedside-neuro-pg-");
        if (root) {
            // initdb refuses to run as root: the cluster belongs to the postgres user (Debian creates it with the server)
            run(List.of("chown", SUPERUSER + ":" + SUPERUSER, dir.toString()), dir);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = dir.resolve("data");
        run(asPostgres(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                "--no-sync"), dir);
        run(startCommand(bin, root, data, dir, port), dir);
        TestPostgres pg = new TestPostgres(dir, port, bin, root, data);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> pg.stop(bin, root, data), "stop test PostgreSQL"));
        pg.migrateTemplate();
        return pg;
    }

    private void stop(Path bin, boolean root, Path data) {
        try {
            run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), dir);
        } catch (Exception ignored) {
            // the JVM is ending; a cluster left running in a temp folder is the worst case. Immediate: a throwaway
            // cluster needs no shutdown checkpoint, and surefire gives a forked JVM only 30 s to exit.
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp folder; the operating system cleans it eventually
        }
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static Path binaries() throws IOException {
        String explicit = System.getenv("BEDSIDENEURO_PG_BIN");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> parseVersion(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, "initdb"))) {
                return Path.of(p);
            }
        }
        throw new IOException("no initdb in /usr/lib/postgresql/*/bin, on the PATH, or in BEDSIDENEURO_PG_BIN.");
    }

    private static int parseVersion(String name) {
        try {
            return Integer.parseInt(name.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir.getParent(), "pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 120 s.");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
