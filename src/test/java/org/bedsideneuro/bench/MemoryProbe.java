package org.bedsideneuro.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.app.Main;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.persistence.RecordMark;
import org.bedsideneuro.ui.BedsideNeuroApp;
import org.bedsideneuro.ui.LaunchSettings;
import org.bedsideneuro.ui.MainWindow;

/**
 * The memory measurement, a child JVM started as the app is ({@link ChildJvm}: the launcher's flags): the real command
 * line starts the app on the prepared database, as {@link AppFirstFrame} does, and waits until the ward screen has the
 * whole ward loaded: the list, every patient's observation status, and every patient's flags, for which every record
 * of the ward (all current exams with their findings) has been read once; then it exports the whole ward to CSV, the
 * app's one whole-ward reader. Then it collects garbage and prints heap used
 * and the process's resident size (VmRSS) and peak resident size (VmHWM) from /proc/self/status.
 * <p>
 * Before the ward snapshot (docs/benchmark.md), this probe read every current exam of the ward into one list, as the ward's status and
 * flags columns then did on every refresh; the app no longer holds the whole ward at once anywhere, so the probe now
 * measures the app itself rather than that read.
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    public static void main(String[] args) {
        int code = Main.run(new String[] {"--db", args[0]}, new PrintWriter(System.out, true), new PrintWriter(System.err, true), database -> {
            BedsideNeuroApp.configure(new LaunchSettings(database, Clock.systemDefaultZone(), null,
                    new LaunchSettings.RecordingAs("Nurse Bench 1 (fictional)", Role.NURSE),
                    (stage, window) -> {
                        Thread t = new Thread(() -> measureWhenLoaded(window), "bench-memory-probe");
                        t.setDaemon(true);
                        t.start();
                    }));
            Application.launch(BedsideNeuroApp.class);
            return ExitCode.OK;
        });
        System.exit(code);
    }

    /** Waits (off the FX thread) for the ward to be fully loaded, then measures and closes the app. */
    private static void measureWhenLoaded(MainWindow window) {
        try {
            long exams = -1;
            while (exams < 0) {
                Thread.sleep(200);
                CompletableFuture<Long> loaded = new CompletableFuture<>();
                Platform.runLater(() -> loaded.complete(loadedExams(window)));
                exams = loaded.get(60, TimeUnit.SECONDS);
            }
            // Then the app's one whole-ward reader, the ward CSV export (the ward screen's export, here off the FX thread
            // as there), which now streams patient by patient.
            Path folder = Files.createTempDirectory("bench-memory-export");
            try {
                window.records().exports(window.clock(), "bench").saveCsv(null, folder, true, s -> window.clinician());
            } finally {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(folder);
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("BENCH_EXAMS=" + exams);
            System.out.println("BENCH_HEAP_MB=" + heap / 1e6);
            System.out.println("BENCH_RSS_MB=" + status("VmRSS"));
            System.out.println("BENCH_HWM_MB=" + status("VmHWM"));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    /** The exam versions of the ward once list, statuses and every patient's flags are in and nothing is pending; else -1. FX thread. */
    private static long loadedExams(MainWindow window) {
        var snapshot = window.wardModel().snapshotProperty().get();
        if (snapshot == null || window.runner().pendingCount() > 0 || window.wardFlags().recent().size() < snapshot.patients().size()) {
            return -1;
        }
        return snapshot.marks().values().stream().mapToLong(RecordMark::examVersions).sum();
    }

    /** A /proc/self/status line in megabytes (10^6 bytes, as the heap), or -1 where there is no /proc. */
    static double status(String key) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6;
            }
        }
        return -1;
    }
}
