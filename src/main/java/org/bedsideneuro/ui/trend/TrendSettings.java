package org.bedsideneuro.ui.trend;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.bedsideneuro.service.ComputerSettings;

/**
 * The trend's period and its opened lanes, kept per computer in {@code settings.properties} like the theme: a ward
 * laptop opens the trend as it was left. The file's path comes from the launcher; without one (tests, the benchmark)
 * choices live for the session only. A save that fails keeps the choice for the session: never a reason to stop.
 */
public final class TrendSettings {
    private static volatile Path file;

    private TrendSettings() {
    }

    /** Keep the trend's choices in {@code settingsFile} (null: for the session only). Before the first patient page. */
    public static void keepIn(Path settingsFile) {
        file = settingsFile;
    }

    static TrendPeriod period() {
        Path f = file;
        if (f == null) {
            return TrendPeriod.LAST_90;
        }
        String saved = ComputerSettings.load(f).trendPeriod();
        for (TrendPeriod p : TrendPeriod.values()) {
            if (p.name().equals(saved) && p != TrendPeriod.CUSTOM) {
                return p;
            }
        }
        return TrendPeriod.LAST_90;
    }

    static Set<String> openedLanes() {
        Path f = file;
        return f == null ? Set.of() : ComputerSettings.load(f).trendOpenedLanes();
    }

    static void save(TrendPeriod period, Set<String> opened) {
        Path f = file;
        if (f == null) {
            return;
        }
        try {
            // Read afresh: the same file holds other settings, perhaps changed since.
            ComputerSettings.load(f).withTrend(period == TrendPeriod.CUSTOM ? null : period.name(), opened).save(f);
        } catch (UncheckedIOException failed) {
            // the choice stays for this session
        }
    }
}
