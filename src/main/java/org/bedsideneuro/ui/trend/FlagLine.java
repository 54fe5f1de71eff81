package org.bedsideneuro.ui.trend;

import java.util.Comparator;
import java.util.List;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.ui.common.ClinicalFormats;

/** One line of the flag banner: date, the flag's plain title and one-line meaning, and the values that made it fire. */
public record FlagLine(Flag flag, String date, String title, String meaning, String values) {

    static FlagLine of(Flag flag, ClinicalFormats formats) {
        return new FlagLine(flag, formats.date(flag.date()), flag.title(), flag.code().meaning(), flag.values());
    }

    /** Newest first, as the banner lists them; flags of one day keep the engine's order. */
    static List<FlagLine> newestFirst(List<Flag> flags, ClinicalFormats formats) {
        return flags.stream().sorted(Comparator.comparing(Flag::date).reversed()).map(f -> of(f, formats)).toList();
    }

    /** "12 Feb 2026 · New myoclonus (values)": the banner's one line, also read by screen readers. */
    public String text() {
        return date + " · " + title + " (" + values + ")";
    }

    /** The line in full, for its tooltip: title, meaning, the values, and the rule in full with its source. */
    public String details() {
        return date + " · " + title + "\n" + meaning + "\nValues: " + values + "\nRule: " + flag.description();
    }
}
