package org.bedsideneuro.app;

import com.sun.security.auth.module.UnixSystem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Runs the command line in a child JVM the way a ward laptop would meet a read-only folder or a full disk, whether the
 * tests run as root (the CI) or as a person:
 * <ul>
 *   <li><b>read-only</b>: as root, permissions do not stop the test process, so the child runs as {@code nobody}
 *   ({@code setpriv}); its class path is linked into a folder anyone may read, since the build's own (under
 *   {@code /root/.m2}) is not. As a person, the test makes the folder read-only itself and the child runs as them.</li>
 *   <li><b>full disk</b>: {@code ulimit -f} (RLIMIT_FSIZE) in a {@code bash} that then becomes the JVM; HotSpot ignores
 *   SIGXFSZ, so a write past the limit fails with EFBIG, as a write to a full disk fails with ENOSPC. The SQLite
 *   native library is extracted beforehand, since the child could not write it out under the limit.</li>
 * </ul>
 */
final class RestrictedCli {
    private static Path openClassPath;

    private RestrictedCli() {
    }

    /** What the child printed and how it ended. */
    record Result(int exitCode, String out, String err) {
    }

    /** True when the tests run as root: permissions must then be met by running the child as someone else. */
    static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }

    /**
     * Makes {@code folder} read-only for the child: as root, a folder owned by root that others may read but not
     * write (the child runs as nobody); otherwise the folder's own write permission is removed (put back by
     * {@link #writable}). The database files in it stay readable by everyone, so what fails is writing, not reading.
     */
    static void readOnly(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(runningAsRoot() ? "rw-r--r--" : "r--r--r--"));
            }
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        openUpTo(folder.getParent());
    }

    /** Puts write permission back, so that the test's temporary folder can be removed. */
    static void writable(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Lets others through the folders leading to {@code folder} (JUnit's temporary folders are owner-only). */
    static void openUpTo(Path folder) throws IOException {
        for (Path p = folder.toAbsolutePath(); p != null && !p.equals(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()); p = p.getParent()) {
            if (Files.getOwner(p).getName().equals(System.getProperty("user.name")) || runningAsRoot()) {
                var perms = Files.getPosixFilePermissions(p);
                perms.addAll(PosixFilePermissions.fromString("r-xr-xr-x"));
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    /** The command line as an unprivileged user (as root: nobody; else the current user). */
    static Result asUnprivileged(String... args) throws Exception {
        return run(Main.class, null, true, args);
    }

    /** Another main class (e.g. what the window does on opening), as an unprivileged user. */
    static Result asUnprivileged(Class<?> main, String... args) throws Exception {
        return run(main, null, true, args);
    }

    /** Another main class with files limited to {@code kilobytes}. */
    static Result withDiskFullAfter(Class<?> main, int kilobytes, String... args) throws Exception {
        return run(main, kilobytes, false, args);
    }

    /** The command line with files limited to {@code kilobytes}: a disk that is full beyond that. */
    static Result withDiskFullAfter(int kilobytes, String... args) throws Exception {
        return run(Main.class, kilobytes, false, args);
    }

    private static Result run(Class<?> main, Integer kilobytes, boolean unprivileged, String... args) throws Exception {
        Path open = openClassPath();
        List<String> command = new ArrayList<>();
        if (unprivileged && runningAsRoot()) {
            Optional<String> setpriv = find("setpriv");
            Optional<String> runuser = find("runuser");
            if (setpriv.isPresent()) {
                command.addAll(List.of(setpriv.get(), "--reuid=nobody", "--regid=" + nobodysGroup(), "--clear-groups"));
            } else if (runuser.isPresent()) {
                command.addAll(List.of(runuser.get(), "-u", "nobody", "--"));
            } else {
                throw new AssertionError("Running as root without setpriv or runuser (util-linux): cannot run the child as nobody");
            }
        }
        if (kilobytes != null) {
            command.addAll(List.of("bash", "-c", "ulimit -f " + kilobytes + " && exec \"$@\"", "bash"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:-UsePerfData"); // no hsperfdata file to write under the limit or as nobody
        command.add("-Dorg.sqlite.lib.path=" + open.resolve("native"));
        command.add("-Dorg.sqlite.lib.name=" + System.mapLibraryName("sqlitejdbc"));
        command.add("-Duser.home=" + open); // nobody's home does not exist
        command.add("-cp");
        command.add(open.resolve("cp") + "/*" + File.pathSeparator + open.resolve("classes"));
        command.add(main.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        var out = readAsync(p.getInputStream());
        var err = readAsync(p.getErrorStream());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child did not finish in 120 s: " + command);
        }
        return new Result(p.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> readAsync(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The program's full path: on PATH, or in the system folders a non-login root shell may lack. */
    private static Optional<String> find(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        folders.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        return folders.stream().filter(f -> !f.isBlank()).map(f -> Path.of(f, program)).filter(Files::isExecutable)
                .map(Path::toString).findFirst();
    }

    private static String nobodysGroup() throws Exception {
        Process id = new ProcessBuilder("id", "-g", "nobody").start();
        String group = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        id.waitFor(10, TimeUnit.SECONDS);
        return group;
    }

    /**
     * This JVM's class path, linked (or copied) once into a folder everyone may read, with the SQLite native library
     * beside it. Jars are hard links where the file system allows: no copying of a hundred megabytes.
     */
    static synchronized Path openClassPath() throws IOException {
        if (openClassPath != null) {
            return openClassPath;
        }
        Path root = Files.createTempDirectory("bedside-neuro-open-cp");
        Path jars = Files.createDirectories(root.resolve("cp"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (Files.isDirectory(from)) {
                copyTree(from, classes);
            } else if (Files.isRegularFile(from) && entry.endsWith(".jar")) {
                Path to = jars.resolve((n++) + "-" + from.getFileName());
                try {
                    Files.createLink(to, from);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(from, to);
                }
            }
        }
        Path nativeDir = Files.createDirectories(root.resolve("native"));
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc");
        try (InputStream lib = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (lib == null) {
                throw new IllegalStateException("no SQLite native library at " + resource);
            }
            Files.copy(lib, nativeDir.resolve(System.mapLibraryName("sqlitejdbc")), StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    var perms = Files.getPosixFilePermissions(p);
                    perms.addAll(PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
                    Files.setPosixFilePermissions(p, perms);
                }
            }
        }
        openUpTo(root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
        openClassPath = root;
        return root;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the system cleans it eventually
        }
    }
}
