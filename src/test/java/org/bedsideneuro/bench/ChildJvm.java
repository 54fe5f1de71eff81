package org.bedsideneuro.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a fresh JVM on this JVM's class path (the test class path) with the same flags for every child: the installed
 * launcher's JVM options, the SQLite native library folder and, without a display, the Monocle headless flags.
 * Children print {@code KEY=value} lines; they are collected as the result.
 */
final class ChildJvm {
    /**
     * The app's JVM options as the installed launcher, {@code javafx:run} and this benchmark start it: pom.xml's
     * {@code app.java.options} ({@link LaunchOptionsTest} keeps the two equal). The floor gets the same.
     */
    static final List<String> APP_JAVA_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10");

    private ChildJvm() {
    }

    static List<String> flags(Path nativeDir) {
        List<String> flags = new ArrayList<>(APP_JAVA_OPTIONS);
        // To try a JVM option on the app and its floor alike before it goes into pom.xml: -Dbench.child.flags=-XX:A,-XX:B in bench.jvm.
        String trying = System.getProperty("bench.child.flags", "").strip();
        if (!trying.isEmpty()) {
            flags.addAll(List.of(trying.split("[,\\s]+")));
        }
        flags.add("-Dorg.sqlite.tmpdir=" + nativeDir);
        if (FxToolkit.headless()) {
            flags.addAll(FxToolkit.HEADLESS_FLAGS);
        }
        return flags;
    }

    static Map<String, String> run(Path nativeDir, Class<?> main, String... args) throws Exception {
        return run(nativeDir, System.getProperty("java.class.path"), List.of(), main, args);
    }

    /** As {@link #run(Path, Class, String...)} on {@code classPath}, with {@code extraFlags} after the common ones. */
    static Map<String, String> run(Path nativeDir, String classPath, List<String> extraFlags, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags(nativeDir));
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(classPath);
        command.add(main.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> values = new HashMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                int eq = line.indexOf('=');
                if (line.startsWith("BENCH_") && eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1).strip());
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not finish in 120 s:\n" + output);
        }
        if (p.exitValue() != 0 || values.isEmpty()) {
            throw new IllegalStateException(main.getSimpleName() + " failed (exit " + p.exitValue() + "):\n" + output);
        }
        return values;
    }

    /**
     * {@code -Xshare:dump}: a JVM with the same flags loads the classes in {@code classList} from {@code classPath},
     * writes them to {@code archive} and exits without running anything (as installer/linux/postinst does).
     */
    static void dump(Path nativeDir, String classPath, Path classList, Path archive) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags(nativeDir));
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive, "-cp", classPath));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("-Xshare:dump of " + classList + " failed:\n" + output);
        }
    }

    /** Milliseconds since this JVM started, read from the JVM's own start time. */
    static long millisSinceJvmStart() {
        long now = System.currentTimeMillis(); // read first: loading the management classes below takes time
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
