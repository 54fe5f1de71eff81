package org.bedsideneuro.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.bedsideneuro.persistence.Database;

/**
 * The benchmark: {@code ./mvnw -Pbench verify} (docs/benchmark.md), or run this class with the options
 * of {@link Options#USAGE}. Builds the synthetic ward in a temporary folder (generation time reported, not measured),
 * runs every measurement and prints the table.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options, System.out);
        Platform.exit();
        System.exit(0);
    }

    static List<Measurement> measurements() {
        return List.of(new ColdStartMeasurement(), new ExamSaveMeasurement(), new PrnDoseSaveMeasurement(), new TrendMeasurement(),
                new SearchMeasurement(),
                new PdfMeasurement(), new ImportMeasurement(), new MemoryMeasurement(),
                new WardServerMeasurement(), new EhrPullMeasurement());
    }

    static List<Result> run(Options options, PrintStream out) throws Exception {
        boolean reusing = options.reuse() != null;
        Path dir = reusing ? options.reuse() : Files.createTempDirectory("bedside-neuro-bench");
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        Path file = dir.resolve("ward.db");
        out.printf(Locale.ROOT, "BedsideNeuro benchmark: %d patients, %s, %d runs (cold start %d, import %d, memory %d); JDK %s, %d cores; %s%n",
                options.patients(), options.period(), options.runs(), options.coldRuns(), options.importRuns(), options.memoryRuns(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                FxToolkit.headless() ? "headless (Monocle)" : "display " + System.getenv("DISPLAY"));
        out.println("Folder: " + dir);
        List<Result> results = new ArrayList<>();
        try (Database db = Database.open(file, clock)) {
            SyntheticWardGenerator generator = new SyntheticWardGenerator(options.patients(), options.days(), options.seed(), clock);
            SyntheticWardGenerator.Ward ward = reusing ? generator.reread(db) : generator.generate(db);
            out.printf(Locale.ROOT, (reusing ? "Reused" : "Generated") + " %d patients, %d exams and observations, %d findings, %d orders in %.1f s (not measured); database %.0f MB%n",
                    ward.patients().size(), ward.exams(), ward.findings(), ward.orders(), ward.seconds(), size(file) / 1e6);
            BenchContext ctx = new BenchContext(options, dir, clock, file, db, ward);
            for (Measurement m : measurements()) {
                if (!options.runs(m.shortName())) {
                    continue;
                }
                long start = System.nanoTime();
                List<Result> rows = m.measure(ctx);
                results.addAll(rows);
                out.printf(Locale.ROOT, "  %s: done in %.1f s%n", m.name(), Stopwatch.millisSince(start) / 1000);
            }
        } finally {
            if (!options.keep() && !reusing) {
                deleteTree(dir);
            }
        }
        out.println();
        BenchmarkTable.print(results, out);
        out.println();
        out.println("Ratios and targets are judged on medians; floors are measured in the same run. "
                + results.stream().filter(r -> r.target().any() && !r.met()).count() + " target(s) missed.");
        return results;
    }

    private static long size(Path file) throws IOException {
        long total = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(p)) {
                total += Files.size(p);
            }
        }
        return total;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
