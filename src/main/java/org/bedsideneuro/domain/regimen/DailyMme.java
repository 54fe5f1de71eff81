package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Daily and current MME (shared/clinical-reference.md section 6). Daily MME of a calendar day in {@code zone} = sum over
 * opioid orders of dose x doses per day x factor x the fraction of that day the order ran; the day's length is its real
 * length in the zone (23 or 25 hours on a daylight-saving change). An order still running counts to the end of each
 * day it runs. Orders that are not counted are listed with the reason, never silently zero.
 */
public final class DailyMme {
    /** MME are shown to two decimals; fractions are computed to 16 significant digits before that. */
    static final int MME_SCALE = 2;
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final MmeTable table;
    private final ZoneId zone;

    public DailyMme(MmeTable table, ZoneId zone) {
        this.table = Objects.requireNonNull(table, "MME table");
        this.zone = Objects.requireNonNull(zone, "time zone");
    }

    public MmeTable table() { return table; }
    public ZoneId zone() { return zone; }

    /** The daily MME of {@code day}. */
    public DailyMmeResult forDay(Collection<MedicationOrder> orders, LocalDate day) {
        return series(orders, day, day).get(day);
    }

    /**
     * One result for every day from {@code from} to {@code to} inclusive (days without orders have 0 MME). Each order is
     * visited only over the days it ran, so five years of a handful of orders takes milliseconds.
     */
    public NavigableMap<LocalDate, DailyMmeResult> series(Collection<MedicationOrder> orders, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Date range: " + to + " is before " + from);
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        @SuppressWarnings("unchecked") List<MmeContribution>[] counted = new List[days];
        @SuppressWarnings("unchecked") List<NotCountedOrder>[] notCounted = new List[days];
        Instant rangeStart = from.atStartOfDay(zone).toInstant();
        Instant rangeEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        for (MedicationOrder order : orders) {
            Instant start = order.start().toInstant();
            Instant stop = order.stop() == null ? rangeEnd : order.stop().toInstant();
            if (!start.isBefore(rangeEnd) || !stop.isAfter(rangeStart)) {
                continue;
            }
            MmeFactorLookup lookup = table.factorFor(order);
            LocalDate first = max(from, start.atZone(zone).toLocalDate());
            LocalDate last = min(to, stop.minusNanos(1).atZone(zone).toLocalDate());
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                int i = (int) ChronoUnit.DAYS.between(from, day);
                if (lookup instanceof MmeFactorLookup.Counted c) {
                    if (counted[i] == null) {
                        counted[i] = new ArrayList<>(2);
                    }
                    counted[i].add(contribution(order, c, fractionOfDay(day, start, stop)));
                } else {
                    if (notCounted[i] == null) {
                        notCounted[i] = new ArrayList<>(1);
                    }
                    notCounted[i].add(new NotCountedOrder(order, (MmeFactorLookup.NotCounted) lookup));
                }
            }
        }
        NavigableMap<LocalDate, DailyMmeResult> result = new TreeMap<>();
        LocalDate day = from;
        for (int i = 0; i < days; i++, day = day.plusDays(1)) {
            List<MmeContribution> c = counted[i] == null ? List.of() : counted[i];
            List<NotCountedOrder> n = notCounted[i] == null ? List.of() : notCounted[i];
            result.put(day, new DailyMmeResult(day, total(c), c, n));
        }
        return result;
    }

    /** Current MME: the full daily amount of the orders running at {@code now} (reference section 6). */
    public CurrentMme currentMme(Collection<MedicationOrder> orders, Instant now) {
        List<MmeContribution> counted = new ArrayList<>();
        List<NotCountedOrder> notCounted = new ArrayList<>();
        for (MedicationOrder order : orders) {
            if (!order.runningAt(now)) {
                continue;
            }
            MmeFactorLookup lookup = table.factorFor(order);
            if (lookup instanceof MmeFactorLookup.Counted c) {
                counted.add(contribution(order, c, BigDecimal.ONE));
            } else {
                notCounted.add(new NotCountedOrder(order, (MmeFactorLookup.NotCounted) lookup));
            }
        }
        return new CurrentMme(now, total(counted), counted, notCounted);
    }

    /** Fraction of {@code day} (real length in the zone) covered by [start, stop). */
    BigDecimal fractionOfDay(LocalDate day, Instant start, Instant stop) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = start.isAfter(dayStart) ? start : dayStart;
        Instant to = stop.isBefore(dayEnd) ? stop : dayEnd;
        if (!to.isAfter(from)) {
            return BigDecimal.ZERO;
        }
        long ran = Duration.between(from, to).toMillis();
        long length = Duration.between(dayStart, dayEnd).toMillis();
        return ran == length ? BigDecimal.ONE : BigDecimal.valueOf(ran).divide(BigDecimal.valueOf(length), PRECISION);
    }

    private static MmeContribution contribution(MedicationOrder order, MmeFactorLookup.Counted c, BigDecimal fraction) {
        BigDecimal full = c.dailyMme(order);
        BigDecimal mme = full.multiply(fraction, PRECISION).setScale(MME_SCALE, RoundingMode.HALF_UP);
        return new MmeContribution(order, c.factor(), full, fraction, mme);
    }

    /** Summed at full precision and rounded once, so parts of a day add up to the whole (133.33, not 133.34). */
    private static BigDecimal total(List<MmeContribution> contributions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MmeContribution c : contributions) {
            sum = sum.add(c.fullDailyMme().multiply(c.fractionOfDay(), PRECISION));
        }
        return sum.setScale(MME_SCALE, RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
