package org.bedsideneuro.domain.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dated ticks of the trend's time axis for a period: days for a week, Mondays for a month, the 1st and 15th for
 * three months, months for a year, quarters beyond, years for five years; the first labelled tick and each new year
 * name the year. A tick sits at the start of its day (x = epoch day).
 */
public final class TimeTicks {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);

    private TimeTicks() {
    }

    /** One tick: its x, its label. */
    public record Tick(double x, String label) {
    }

    /** The ticks from {@code from} to {@code to} inclusive. */
    public static List<Tick> of(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<Tick> ticks = new ArrayList<>();
        if (days <= 14) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                ticks.add(new Tick(d.toEpochDay(), (ticks.isEmpty() || d.getDayOfYear() == 1 ? DAY_YEAR : DAY).format(d)));
            }
        } else if (days <= 62) {
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); !d.isAfter(to); d = d.plusWeeks(1)) {
                ticks.add(new Tick(d.toEpochDay(), (ticks.isEmpty() ? DAY_YEAR : DAY).format(d)));
            }
        } else if (days <= 150) {
            for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
                for (LocalDate t : List.of(d, d.withDayOfMonth(15))) {
                    if (!t.isBefore(from) && !t.isAfter(to)) {
                        ticks.add(new Tick(t.toEpochDay(), (ticks.isEmpty() || t.getDayOfYear() == 1 ? DAY_YEAR : DAY).format(t)));
                    }
                }
            }
        } else if (days <= 550) {
            months(from, to, 1, ticks);
        } else if (days <= 1100) {
            months(from, to, 3, ticks);
        } else {
            for (LocalDate d = from.withDayOfYear(1).plusYears(from.getDayOfYear() == 1 ? 0 : 1); !d.isAfter(to); d = d.plusYears(1)) {
                ticks.add(new Tick(d.toEpochDay(), YEAR.format(d)));
            }
        }
        return ticks;
    }

    /** Month starts every {@code step} months (quarters start in January, April, July, October). */
    private static void months(LocalDate from, LocalDate to, int step, List<Tick> ticks) {
        LocalDate d = from.withDayOfMonth(1);
        if (d.isBefore(from)) {
            d = d.plusMonths(1);
        }
        while ((d.getMonthValue() - 1) % step != 0) {
            d = d.plusMonths(1);
        }
        for (; !d.isAfter(to); d = d.plusMonths(step)) {
            ticks.add(new Tick(d.toEpochDay(), (ticks.isEmpty() || d.getMonthValue() == 1 ? MONTH_YEAR : MONTH).format(d)));
        }
    }
}
