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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Daily and current MME as given (shared/clinical-reference.md section 6). The daily MME of a calendar day in
 * {@code zone} is the sum over opioid orders of the amount that day x the factor for its drug and route:
 * <ul>
 * <li>scheduled: the doses given that day when administrations are recorded for the order that day (as given; a day of
 * held doses only counts 0), otherwise dose x doses per day x the fraction of the day the order ran (as ordered);</li>
 * <li>PRN: the doses given that day (its ceiling is shown beside it, never added);</li>
 * <li>infusion: rate x 24 hours x the fraction of the day it ran;</li>
 * <li>PCA: each pump reading spread evenly over the interval it covers by real time, the day's share scaled to 24 hours
 * (x 24 / the day's hours).</li>
 * </ul>
 * A fraction of a day is measured against its real length in the zone (23 or 25 hours on a daylight-saving change),
 * so that a regimen that does not change gives the same daily MME on those days. Orders that are not counted are
 * listed with the reason, never silently zero.
 */
public final class DailyMme {
    /** MME are shown to two decimals; fractions are computed to 16 significant digits before that. */
    static final int MME_SCALE = 2;
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final long DAY_MILLIS = Duration.ofHours(24).toMillis();

    private final MmeTable table;
    private final ZoneId zone;

    public DailyMme(MmeTable table, ZoneId zone) {
        this.table = Objects.requireNonNull(table, "MME table");
        this.zone = Objects.requireNonNull(zone, "time zone");
    }

    public MmeTable table() { return table; }
    public ZoneId zone() { return zone; }

    /** The daily MME of {@code day} from orders alone (no administrations recorded). */
    public DailyMmeResult forDay(Collection<MedicationOrder> orders, LocalDate day) {
        return series(orders, List.of(), day, day).get(day);
    }

    /** The daily MME of {@code day} as given. */
    public DailyMmeResult forDay(Collection<MedicationOrder> orders, Collection<Administration> given, LocalDate day) {
        return series(orders, given, day, day).get(day);
    }

    /** {@link #series(Collection, Collection, LocalDate, LocalDate)} with no administrations recorded. */
    public NavigableMap<LocalDate, DailyMmeResult> series(Collection<MedicationOrder> orders, LocalDate from, LocalDate to) {
        return series(orders, List.of(), from, to);
    }

    /**
     * One result for every day from {@code from} to {@code to} inclusive (days without orders have 0 MME). Each order is
     * visited only over the days it ran, so five years of a handful of orders takes milliseconds. {@code given}: the
     * patient's administrations (withdrawn ones left out by the caller).
     */
    public NavigableMap<LocalDate, DailyMmeResult> series(Collection<MedicationOrder> orders, Collection<Administration> given,
                                                         LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Date range: " + to + " is before " + from);
        }
        Days days = new Days(from, to);
        Map<OrderId, List<Administration>> byOrder = new HashMap<>();
        for (Administration a : given) {
            byOrder.computeIfAbsent(a.orderId(), k -> new ArrayList<>()).add(a);
        }
        for (MedicationOrder order : orders) {
            Instant start = order.start().toInstant();
            Instant stop = order.stop() == null ? days.end : order.stop().toInstant();
            if (!start.isBefore(days.end) || !stop.isAfter(days.start)) {
                continue;
            }
            LocalDate first = max(from, start.atZone(zone).toLocalDate());
            LocalDate last = min(to, stop.minusNanos(1).atZone(zone).toLocalDate());
            MmeFactorLookup lookup = table.factorFor(order);
            if (!(lookup instanceof MmeFactorLookup.Counted c)) {
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    days.notCounted(day).add(new NotCountedOrder(order, (MmeFactorLookup.NotCounted) lookup));
                }
                continue;
            }
            List<Administration> records = byOrder.getOrDefault(order.id(), List.of());
            switch (order.kind()) {
                case SCHEDULED -> scheduled(days, order, c, records, first, last, start, stop);
                case PRN -> prn(days, order, c, records, first, last);
                case INFUSION -> {
                    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                        days.counted(day).add(contribution(order, c, fractionOfDay(day, start, stop), MmeContribution.CountedAs.BY_RATE));
                    }
                }
                case PCA -> pca(days, order, c, records, first, last);
            }
        }
        return days.results();
    }

    private void scheduled(Days days, MedicationOrder order, MmeFactorLookup.Counted c, List<Administration> records,
                           LocalDate first, LocalDate last, Instant start, Instant stop) {
        Map<LocalDate, BigDecimal> givenByDay = givenByDay(records);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            BigDecimal given = givenByDay.get(day);
            days.counted(day).add(given != null ? asGiven(order, c, given, order.unit(), MmeContribution.CountedAs.AS_GIVEN, null)
                    : contribution(order, c, fractionOfDay(day, start, stop), MmeContribution.CountedAs.AS_ORDERED));
        }
    }

    private void prn(Days days, MedicationOrder order, MmeFactorLookup.Counted c, List<Administration> records, LocalDate first, LocalDate last) {
        Map<LocalDate, BigDecimal> givenByDay = givenByDay(records);
        BigDecimal ceiling = c.dailyMme(order).setScale(MME_SCALE, RoundingMode.HALF_UP);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.counted(day).add(asGiven(order, c, givenByDay.getOrDefault(day, BigDecimal.ZERO), order.unit(), MmeContribution.CountedAs.AS_GIVEN, ceiling));
        }
    }

    private void pca(Days days, MedicationOrder order, MmeFactorLookup.Counted c, List<Administration> records, LocalDate first, LocalDate last) {
        Map<LocalDate, BigDecimal> deliveredByDay = new HashMap<>();
        for (Administration reading : records) {
            if (!reading.isPcaReading() || !reading.status().counts()) {
                continue;
            }
            Instant from = reading.periodStart().toInstant();
            Instant to = reading.givenAt().toInstant();
            BigDecimal amount = c.factor().doseInFactorUnit(reading.dose(), reading.unit());
            long interval = Duration.between(from, to).toMillis();
            for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(to.minusNanos(1).atZone(zone).toLocalDate()); day = day.plusDays(1)) {
                long overlap = overlapMillis(day, from, to);
                if (overlap <= 0) {
                    continue;
                }
                // The day's share, scaled to 24 hours on a 23- or 25-hour day (x 24 / the day's hours, section 6).
                BigDecimal share = amount.multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(interval), PRECISION)
                        .multiply(BigDecimal.valueOf(DAY_MILLIS)).divide(BigDecimal.valueOf(dayLengthMillis(day)), PRECISION);
                deliveredByDay.merge(day, share, BigDecimal::add);
            }
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            BigDecimal delivered = deliveredByDay.getOrDefault(day, BigDecimal.ZERO);
            days.counted(day).add(asGiven(order, c, delivered, c.factor().per(), MmeContribution.CountedAs.PUMP_READINGS, null));
        }
    }

    /**
     * The counted doses of each calendar day (in the zone) that has administrations, held-only days as 0. An
     * administration is charted in its order's unit (the record and the import refuse another).
     */
    private Map<LocalDate, BigDecimal> givenByDay(List<Administration> records) {
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        for (Administration a : records) {
            byDay.merge(a.givenAt().atZoneSameInstant(zone).toLocalDate(), a.countedDose(), BigDecimal::add);
        }
        return byDay;
    }

    /** Current MME (reference section 6): scheduled and infusions running now at their full daily amount, PRN and PCA as given in the last 24 hours. */
    public CurrentMme currentMme(Collection<MedicationOrder> orders, Instant now) {
        return currentMme(orders, List.of(), now);
    }

    public CurrentMme currentMme(Collection<MedicationOrder> orders, Collection<Administration> given, Instant now) {
        List<MmeContribution> counted = new ArrayList<>();
        List<NotCountedOrder> notCounted = new ArrayList<>();
        Instant dayAgo = now.minus(Duration.ofHours(24));
        for (MedicationOrder order : orders) {
            boolean prnOrPca = order.kind() == OrderKind.PRN || order.kind() == OrderKind.PCA;
            boolean ranInTheLastDay = order.start().toInstant().isBefore(now)
                    && (order.stop() == null || order.stop().toInstant().isAfter(dayAgo));
            if (prnOrPca ? !ranInTheLastDay : !order.runningAt(now)) {
                continue;
            }
            MmeFactorLookup lookup = table.factorFor(order);
            if (!(lookup instanceof MmeFactorLookup.Counted c)) {
                notCounted.add(new NotCountedOrder(order, (MmeFactorLookup.NotCounted) lookup));
                continue;
            }
            switch (order.kind()) {
                case SCHEDULED -> counted.add(contribution(order, c, BigDecimal.ONE, MmeContribution.CountedAs.AS_ORDERED));
                case INFUSION -> counted.add(contribution(order, c, BigDecimal.ONE, MmeContribution.CountedAs.BY_RATE));
                case PRN -> counted.add(asGiven(order, c, givenBetween(given, order, dayAgo, now), order.unit(), MmeContribution.CountedAs.AS_GIVEN,
                        c.dailyMme(order).setScale(MME_SCALE, RoundingMode.HALF_UP)));
                case PCA -> counted.add(asGiven(order, c, deliveredBetween(given, order, c, dayAgo, now), c.factor().per(),
                        MmeContribution.CountedAs.PUMP_READINGS, null));
            }
        }
        return new CurrentMme(now, total(counted), counted, notCounted);
    }

    private static BigDecimal givenBetween(Collection<Administration> given, MedicationOrder order, Instant from, Instant to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Administration a : given) {
            if (a.orderId().equals(order.id()) && a.instant().isAfter(from) && !a.instant().isAfter(to)) {
                sum = sum.add(a.countedDose());
            }
        }
        return sum;
    }

    private static BigDecimal deliveredBetween(Collection<Administration> given, MedicationOrder order, MmeFactorLookup.Counted c,
                                               Instant from, Instant to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Administration a : given) {
            if (!a.orderId().equals(order.id()) || !a.isPcaReading() || !a.status().counts()) {
                continue;
            }
            Instant start = a.periodStart().toInstant();
            Instant end = a.instant();
            long overlap = Duration.between(start.isAfter(from) ? start : from, end.isBefore(to) ? end : to).toMillis();
            if (overlap > 0) {
                sum = sum.add(c.factor().doseInFactorUnit(a.dose(), a.unit()).multiply(BigDecimal.valueOf(overlap))
                        .divide(BigDecimal.valueOf(Duration.between(start, end).toMillis()), PRECISION));
            }
        }
        return sum;
    }

    /** Fraction of {@code day} (real length in the zone) covered by [start, stop). */
    BigDecimal fractionOfDay(LocalDate day, Instant start, Instant stop) {
        long ran = overlapMillis(day, start, stop);
        if (ran <= 0) {
            return BigDecimal.ZERO;
        }
        long length = dayLengthMillis(day);
        return ran == length ? BigDecimal.ONE : BigDecimal.valueOf(ran).divide(BigDecimal.valueOf(length), PRECISION);
    }

    private long overlapMillis(LocalDate day, Instant start, Instant stop) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant from = start.isAfter(dayStart) ? start : dayStart;
        Instant to = stop.isBefore(dayEnd) ? stop : dayEnd;
        return to.isAfter(from) ? Duration.between(from, to).toMillis() : 0;
    }

    private long dayLengthMillis(LocalDate day) {
        return Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toMillis();
    }

    private static MmeContribution contribution(MedicationOrder order, MmeFactorLookup.Counted c, BigDecimal fraction,
                                                MmeContribution.CountedAs countedAs) {
        BigDecimal full = c.dailyMme(order);
        BigDecimal mme = full.multiply(fraction, PRECISION).setScale(MME_SCALE, RoundingMode.HALF_UP);
        return new MmeContribution(order, c.factor(), full, fraction, mme, countedAs, null);
    }

    /**
     * What was given that day (an amount in {@code unit}), as a contribution of fraction 1; {@code ceiling} a PRN order's
     * (null for other kinds).
     */
    private static MmeContribution asGiven(MedicationOrder order, MmeFactorLookup.Counted c, BigDecimal amount, DoseUnit unit,
                                           MmeContribution.CountedAs countedAs, BigDecimal ceiling) {
        BigDecimal full = c.mmeOf(amount, unit);
        return new MmeContribution(order, c.factor(), full, BigDecimal.ONE, full.setScale(MME_SCALE, RoundingMode.HALF_UP), countedAs, ceiling);
    }

    /** Summed at full precision and rounded once, so parts of a day add up to the whole (133.33, not 133.34). */
    private static BigDecimal total(List<MmeContribution> contributions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (MmeContribution c : contributions) {
            sum = sum.add(c.fullDailyMme().multiply(c.fractionOfDay(), PRECISION));
        }
        return sum.setScale(MME_SCALE, RoundingMode.HALF_UP);
    }

    /** The days of a series with what each collects, by index from the first. */
    private final class Days {
        final LocalDate from;
        final int count;
        final Instant start;
        final Instant end;
        private final List<MmeContribution>[] counted;
        private final List<NotCountedOrder>[] notCounted;

        @SuppressWarnings("unchecked")
        Days(LocalDate from, LocalDate to) {
            this.from = from;
            this.count = (int) ChronoUnit.DAYS.between(from, to) + 1;
            this.start = from.atStartOfDay(zone).toInstant();
            this.end = to.plusDays(1).atStartOfDay(zone).toInstant();
            this.counted = new List[count];
            this.notCounted = new List[count];
        }

        List<MmeContribution> counted(LocalDate day) {
            int i = (int) ChronoUnit.DAYS.between(from, day);
            if (counted[i] == null) {
                counted[i] = new ArrayList<>(2);
            }
            return counted[i];
        }

        List<NotCountedOrder> notCounted(LocalDate day) {
            int i = (int) ChronoUnit.DAYS.between(from, day);
            if (notCounted[i] == null) {
                notCounted[i] = new ArrayList<>(1);
            }
            return notCounted[i];
        }

        NavigableMap<LocalDate, DailyMmeResult> results() {
            NavigableMap<LocalDate, DailyMmeResult> result = new TreeMap<>();
            LocalDate day = from;
            for (int i = 0; i < count; i++, day = day.plusDays(1)) {
                List<MmeContribution> c = counted[i] == null ? List.of() : counted[i];
                List<NotCountedOrder> n = notCounted[i] == null ? List.of() : notCounted[i];
                result.put(day, new DailyMmeResult(day, total(c), c, n));
            }
            return result;
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
