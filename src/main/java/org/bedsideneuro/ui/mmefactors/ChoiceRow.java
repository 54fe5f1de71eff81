package org.bedsideneuro.ui.mmefactors;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bedsideneuro.domain.regimen.ParenteralFactors;

/** One past choice as the history shows it: when, which table, and who chose it. */
public record ChoiceRow(String when, String table, String by) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ChoiceRow of(ParenteralFactors choice, ZoneId zone) {
        return new ChoiceRow(choice.setAt().map(at -> WHEN.format(LocalDateTime.ofInstant(at, zone))).orElse(""), choice.tableName(),
                choice.setBy().map(c -> c.signature()).orElse(""));
    }
}
