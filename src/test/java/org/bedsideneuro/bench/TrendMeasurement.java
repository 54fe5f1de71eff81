package org.bedsideneuro.bench;

import java.time.LocalDate;
import java.util.List;
import org.bedsideneuro.domain.patient.PatientId;

/** Opening the longest-staying patient and building the trend view for the whole record and for the last 90 days. */
final class TrendMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "trend";
    }

    @Override
    public String name() {
        return "trend view";
    }

    /** The seam: swap in a TrendViewModel-driven loader here once ui.trend exists. */
    static TrendLoader loader(BenchContext ctx) {
        return new CourseTrendLoader(ctx.db(), ctx.zone(), ctx.today());
    }

    @Override
    public List<Result> measure(BenchContext ctx) {
        TrendLoader loader = loader(ctx);
        PatientId longest = ctx.ward().longest();
        LocalDate today = ctx.today();
        LocalDate first = today.minusDays(ctx.options().days());
        int runs = ctx.options().runs();
        int warmups = Math.max(3, runs / 2);
        int[] sink = new int[1];
        Samples all = Stopwatch.time(warmups, runs, i -> sink[0] += loader.open(longest, first, today));
        Samples recent = Stopwatch.time(warmups, runs, i -> sink[0] += loader.open(longest, today.minusDays(89), today));
        if (sink[0] == 0) {
            throw new IllegalStateException("the trend view showed nothing");
        }
        return List.of(
                new Result("trend view, longest patient, " + ctx.options().period(), "ms", all, null, null, Result.Target.below(300, "ms")),
                new Result("trend view, longest patient, last 90 days", "ms", recent, null, null, Result.Target.below(50, "ms")));
    }
}
