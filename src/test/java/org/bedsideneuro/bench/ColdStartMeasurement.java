package org.bedsideneuro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Cold start to the first frame of the main window with the ward list, against a minimal JavaFX window started the
 * same way (same JVM flags, same class path, same machine). Fresh child JVMs, run alternately; no warm-up.
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
        for (int i = 0; i < ctx.options().coldRuns(); i++) {
            Map<String, String> a = ChildJvm.run(nativeDir, AppFirstFrame.class, ctx.databaseFile().toString());
            if (Integer.parseInt(a.get("BENCH_ROWS")) != ctx.ward().patients().size()) {
                throw new IllegalStateException("the ward list showed " + a.get("BENCH_ROWS") + " patients");
            }
            app.add(Double.parseDouble(a.get("BENCH_FIRST_FRAME_MS")));
            minimal.add(Double.parseDouble(ChildJvm.run(nativeDir, MinimalWindowMain.class).get("BENCH_FIRST_FRAME_MS")));
        }
        return List.of(new Result("cold start to first frame, main window with ward list", "ms", app, "minimal JavaFX window (one Label)",
                minimal, Result.Target.ratio(1.5)));
    }
}
