package org.bedsideneuro.bench;

import java.time.LocalDate;
import java.util.List;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * The Trend tab on the longest-staying patient, as a clinician meets it: opening the patient with the whole record
 * shown (read, course, series), and then choosing the last 90 days of the patient already open (the view model keeps
 * the course and builds the period's series from it). A third row, without a target of its own, opens the patient
 * straight on the last 90 days (the view's default period), so the cost of opening stays visible whatever the period.
 * A fourth moves the crosshair over the whole record: its readout must come within one frame (16 ms).
 */
final class TrendMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "trend";
    }

    @Override
    public String name() {
        return "trend view";
    }

    /** The seam: the loader that does what TrendViewModel does. */
    static TrendLoader loader(BenchContext ctx) {
        return new CourseTrendLoader(ctx.db(), ctx.zone(), ctx.today());
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        TrendLoader loader = loader(ctx);
        PatientId longest = ctx.ward().longest();
        LocalDate today = ctx.today();
        LocalDate first = today.minusDays(ctx.options().days());
        LocalDate last90 = today.minusDays(89);
        int runs = ctx.options().runs();
        int warmups = Math.max(3, runs / 2);
        int[] sink = new int[1];
        Samples all = Stopwatch.time(warmups, runs, i -> sink[0] += loader.open(longest, first, today));
        Samples recent = Stopwatch.time(warmups, runs, i -> sink[0] += loader.show(last90, today));
        Samples openOnRecent = Stopwatch.time(warmups, runs, i -> sink[0] += loader.open(longest, last90, today));
        // The crosshair swept across the whole record: each run is one move to the next day, as the mouse makes them.
        loader.open(longest, first, today);
        long span = today.toEpochDay() - first.toEpochDay() + 1;
        Samples crosshair = Stopwatch.time(warmups, Math.max(runs, 50), i -> sink[0] += loader.crosshair(first.plusDays(Math.floorMod(i * 37L, span))));
        if (sink[0] == 0) {
            throw new IllegalStateException("the trend view showed nothing");
        }
        return List.of(
                new Result("trend view, longest patient, open on " + ctx.options().period(), "ms", all, null, null, Result.Target.below(300, "ms")),
                new Result("trend view, longest patient, last 90 days (patient open)", "ms", recent, null, null, Result.Target.below(50, "ms")),
                new Result("trend view, longest patient, open on last 90 days", "ms", openOnRecent, null, null, Result.Target.none()),
                new Result("trend view, crosshair move, longest patient, " + ctx.options().period(), "ms", crosshair, null, null,
                        Result.Target.below(16, "ms")));
    }
}
