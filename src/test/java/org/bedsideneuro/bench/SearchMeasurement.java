package org.bedsideneuro.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.ward.WardViewModel;

/**
 * The ward search as you type: the WardViewModel is loaded with the whole ward, then each keystroke sets the search
 * text and the time until its filtered list is updated is one sample (on the FX thread, where the view sets it).
 */
final class SearchMeasurement implements Measurement {
    @Override
    public String shortName() {
        return "search";
    }

    @Override
    public String name() {
        return "ward search";
    }

    @Override
    public List<Result> measure(BenchContext ctx) throws Exception {
        FxToolkit.start();
        try (BackgroundRunner runner = new BackgroundRunner()) {
            WardViewModel model = onFx(() -> new WardViewModel(WardRecords.of(ctx.db()), ctx.ward().neurologist(), ctx.clock(), runner));
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            onFx(() -> {
                model.refresh(() -> loaded.complete(null));
                return null;
            });
            loaded.get(60, TimeUnit.SECONDS);
            Patient someone = ctx.ward().patients().get(ctx.ward().patients().size() / 2);
            String typed = someone.familyName().toLowerCase(Locale.ROOT) + " " + someone.givenName().substring(0, 1);
            int[] sink = new int[1];
            Runnable typeOnce = () -> {
                for (int n = 1; n <= typed.length(); n++) {
                    model.searchProperty().set(typed.substring(0, n));
                    sink[0] += model.visibleRows().size();
                }
                model.searchProperty().set("");
            };
            for (int w = 0; w < Math.max(3, ctx.options().runs() / 2); w++) {
                onFx(() -> {
                    typeOnce.run();
                    return null;
                });
            }
            Samples keystrokes = onFx(() -> {
                Samples s = new Samples();
                for (int r = 0; r < ctx.options().runs(); r++) {
                    for (int n = 1; n <= typed.length(); n++) {
                        String text = typed.substring(0, n);
                        long start = System.nanoTime();
                        model.searchProperty().set(text);
                        sink[0] += model.visibleRows().size();
                        s.add(Stopwatch.millisSince(start));
                    }
                    long start = System.nanoTime();
                    model.searchProperty().set("");
                    sink[0] += model.visibleRows().size();
                    s.add(Stopwatch.millisSince(start));
                }
                return s;
            });
            if (sink[0] == 0) {
                throw new IllegalStateException("the search found nobody");
            }
            return List.of(new Result("ward search, one keystroke (" + ctx.ward().patients().size() + " patients)", "ms", keystrokes, null, null,
                    Result.Target.below(30, "ms")));
        }
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
