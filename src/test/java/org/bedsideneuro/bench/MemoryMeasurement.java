package org.bedsideneuro.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Memory of the app with the whole ward loaded on its ward screen, each sample a fresh child JVM ({@link MemoryProbe}). */
final class MemoryMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "memory";
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        Path nativeDir = Files.createDirectories(ctx.dir().resolve("native"));
        Samples heap = new Samples();
        Samples rss = new Samples();
        Samples hwm = new Samples();
        String exams = "";
        for (int i = 0; i < ctx.options().memoryRuns(); i++) {
            Map<String, String> v = ChildJvm.run(nativeDir, MemoryProbe.class, ctx.databaseFile().toString());
            heap.add(Double.parseDouble(v.get("BENCH_HEAP_MB")));
            rss.add(Double.parseDouble(v.get("BENCH_RSS_MB")));
            hwm.add(Double.parseDouble(v.get("BENCH_HWM_MB")));
            exams = v.get("BENCH_EXAMS");
        }
        String what = "whole ward loaded in the app and exported (" + exams + " exam versions)";
        return List.of(
                new Result("memory: heap used after GC, " + what, "MB", heap, null, null, Result.Target.none()),
                new Result("memory: resident size (VmRSS), " + what, "MB", rss, null, null, Result.Target.below(400, "MB")),
                new Result("memory: peak resident size (VmHWM)", "MB", hwm, null, null, Result.Target.below(400, "MB")));
    }
}
