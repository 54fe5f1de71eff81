package org.bedsideneuro.ui.trend;

import java.util.List;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.ui.common.ClinicalFormats;

/** One line of the flag banner: date, code, plain-language description and the values that made it fire. */
public record FlagLine(Flag flag, String date, String code, String description, String values) {

    static FlagLine of(Flag flag, ClinicalFormats formats) {
        return new FlagLine(flag, formats.date(flag.date()), flag.code().code(), flag.description(), flag.values());
    }

    /** Newest first, as the banner lists them; flags of one day keep the engine's order. */
    static List<FlagLine> newestFirst(List<Flag> flags, ClinicalFormats formats) {
        return flags.stream().sorted(java.util.Comparator.comparing(Flag::date).reversed()).map(f -> of(f, formats)).toList();
    }

    /** "12 Feb 2026 · myoclonus_new: description (values)": the banner's text, also read by screen readers. */
    public String text() {
        return date + " · " + code + ": " + description + " (" + values + ")";
    }
}
