package org.bedsideneuro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cold start to the first frame of the main window with the ward list, against a minimal JavaFX window started the
 * same way (same JVM flags, same class path, same machine). Fresh child JVMs, run alternately; no warm-up. A third
 * child, the ward screen's stock controls without the app ({@link BareTableWindowMain}), is a reference row.
 */
final class ColdStartMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "cold";
    }

    @Override
    public String name() {
        return "cold start";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        Path nativeDir = Files.createDirectories(ctx.dir().resolve("native"));
        Samples app = new Samples();
        Samples minimal = new Samples();
        Samples bareTable = new Samples();
        String rows = String.valueOf(ctx.ward().patients().size());
        for (int i = 0; i < ctx.options().coldRuns(); i++) {
            app.add(appFirstFrame(ChildJvm.run(nativeDir, AppFirstFrame.class, ctx.databaseFile().toString()), ctx));
            minimal.add(Double.parseDouble(ChildJvm.run(nativeDir, MinimalWindowMain.class).get("BENCH_FIRST_FRAME_MS")));
            bareTable.add(Double.parseDouble(ChildJvm.run(nativeDir, BareTableWindowMain.class, rows).get("BENCH_FIRST_FRAME_MS")));
        }
        List<Result> results = new ArrayList<>();
        results.add(new Result("cold start to first frame, main window with ward list", "ms", app, "minimal JavaFX window (one Label)",
                minimal, Result.Target.ratio(1.5)));
        // A reference, not a target: the toolkit's own table on the same floor (see BareTableWindowMain).
        results.add(new Result("reference: stock JavaFX TableView (" + BareTableWindowMain.COLUMNS + " columns, " + rows
                + " rows) and search field, no app code", "ms", bareTable, "minimal JavaFX window (one Label)", minimal,
                Result.Target.none()));
        results.add(withClassDataSharing(ctx, nativeDir));
        return results;
    }

    /**
     * The same with application class-data sharing, made as the installer makes it (pom.xml's
     * cds-class-list step and installer/linux/postinst), for each side alike so both get the same flags: a training
     * run of itself records the classes it loads ({@code -XX:DumpLoadedClassList}, not timed), {@code -Xshare:dump}
     * makes its own archive from that list, and the timed runs start with it ({@code -XX:SharedArchiveFile}). They add
     * {@code -Xshare:on} so that an archive the JVM cannot use fails the run instead of silently measuring a start
     * without it (the installed launchers keep the default {@code -Xshare:auto}). Class-data sharing on JDK 17 needs
     * jars: the class path is this one with its folders packed ({@link ClassPathJars}).
     */
    private static Result withClassDataSharing(BenchContext ctx, Path nativeDir) throws Exception {
        Path cds = ctx.dir().resolve("cds");
        String classPath = ClassPathJars.of(cds);
        String db = ctx.databaseFile().toString();
        Path appArchive = archive(cds, "app", nativeDir, classPath, AppFirstFrame.class, db);
        Path floorArchive = archive(cds, "floor", nativeDir, classPath, MinimalWindowMain.class);
        Samples app = new Samples();
        Samples minimal = new Samples();
        for (int i = 0; i < ctx.options().coldRuns(); i++) {
            app.add(appFirstFrame(ChildJvm.run(nativeDir, classPath, List.of("-XX:SharedArchiveFile=" + appArchive, "-Xshare:on"),
                    AppFirstFrame.class, db), ctx));
            minimal.add(Double.parseDouble(ChildJvm.run(nativeDir, classPath, List.of("-XX:SharedArchiveFile=" + floorArchive, "-Xshare:on"),
                    MinimalWindowMain.class).get("BENCH_FIRST_FRAME_MS")));
        }
        return new Result("cold start to first frame, each with its own AppCDS archive", "ms", app,
                "minimal JavaFX window, its own archive", minimal, Result.Target.ratio(1.5));
    }

    /** A training run of {@code main} recording its classes, then {@code -Xshare:dump} of them into {@code name}.jsa. */
    private static Path archive(Path cds, String name, Path nativeDir, String classPath, Class<?> main, String... args) throws Exception {
        Path classList = cds.resolve(name + ".classlist");
        Path archive = cds.resolve(name + ".jsa");
        Files.deleteIfExists(classList); // a kept folder's list and archive belong to another build
        Files.deleteIfExists(archive);
        ChildJvm.run(nativeDir, classPath, List.of("-XX:DumpLoadedClassList=" + classList), main, args);
        ChildJvm.dump(nativeDir, classPath, classList, archive);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("-Xshare:dump wrote no archive " + archive);
        }
        return archive;
    }

    private static double appFirstFrame(Map<String, String> child, BenchContext ctx) {
        if (Integer.parseInt(child.get("BENCH_ROWS")) != ctx.ward().patients().size()) {
            throw new IllegalStateException("the ward list showed " + child.get("BENCH_ROWS") + " patients");
        }
        return Double.parseDouble(child.get("BENCH_FIRST_FRAME_MS"));
    }
}
