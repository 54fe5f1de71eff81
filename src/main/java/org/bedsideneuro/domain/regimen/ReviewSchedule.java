package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * When the opioid review is due (clinical reference section 8; CDC 2022 recommendation 7, seed 004):
 * <ul>
 *   <li>an opioid is <b>started</b> when an opioid order begins and no opioid ran in the 7 days before;</li>
 *   <li>an <b>escalation</b> is an order change after which the full daily amount of the scheduled orders and
 *       infusions running is more than 20 % above what it was just before (PRN and PCA do not count here; a rotation
 *       is a change, an escalation only by this rule);</li>
 *   <li>the review is due 4 weeks after the latest start or escalation that no review has followed since, otherwise
 *       3 calendar months after the last review; a review made any time on the day it falls due is on time, and it is
 *       overdue from the next day.</li>
 * </ul>
 * The daily amounts are compared in MME, so that a rotation compares like with like; an order the MME table does not
 * count (buprenorphine, intrathecal) adds nothing to either side. Days are calendar days in {@code zone}.
 *
 * @param triggers every start and escalation of the record, oldest first (also those after the moment the due day is for)
 * @param reviews  the moments of the record's review records, oldest first (signed or not: an imported one cannot be signed)
 * @param due      the day the review is due, empty when no opioid was ever started and there is no review
 * @param dueBecause why it is due then, in words
 */
public record ReviewSchedule(List<Trigger> triggers, List<Instant> reviews, Optional<LocalDate> due, String dueBecause) {
    /** Section 8: no opioid in the 7 days before an order begins makes it a start. */
    public static final Duration START_LOOKBACK = Duration.ofDays(7);
    /** Section 8: "more than 20 % above" what ran just before is an escalation. */
    public static final BigDecimal ESCALATION_FACTOR = new BigDecimal("1.20");
    /** Section 8 (CDC 2022 rec. 7: within 1-4 weeks): due 4 weeks after a start or an escalation. */
    public static final int WEEKS_AFTER_CHANGE = 4;
    /** Section 8 (seed 004: every 1-3 months): due 3 calendar months after the last review. */
    public static final int MONTHS_AFTER_REVIEW = 3;

    public ReviewSchedule {
        triggers = List.copyOf(triggers);
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(due, "due");
        dueBecause = dueBecause == null ? "" : dueBecause;
    }

    /** What made a review due: a start or an escalation, at the moment of the order that made it. */
    public record Trigger(Kind kind, Instant at, MedicationOrder order, BigDecimal dailyMmeBefore, BigDecimal dailyMmeAfter) {
        public enum Kind { START, ESCALATION }

        public String describe(ZoneId zone) {
            String day = LocalDate.ofInstant(at, zone).toString();
            return kind == Kind.START ? order.drug() + " started on " + day
                    : "escalation on " + day + " (scheduled and infusion daily MME " + plain(dailyMmeBefore) + " to " + plain(dailyMmeAfter) + ")";
        }
    }

    /**
     * The schedule from the orders and the review records known at {@code asOf} (later ones are left out).
     *
     * @param fullDailyMme the full daily MME of a scheduled order or an infusion as ordered; empty when not counted
     */
    public static ReviewSchedule of(Collection<MedicationOrder> orders, Collection<Instant> reviewTimes,
                                    Function<MedicationOrder, Optional<BigDecimal>> fullDailyMme, ZoneId zone, Instant asOf) {
        List<MedicationOrder> opioids = orders.stream().filter(o -> DrugCatalog.isOpioid(o.drug())).toList();
        return from(triggers(opioids, fullDailyMme), reviewTimes.stream().sorted().toList(), zone, asOf);
    }

    /**
     * The schedule as it stood at {@code asOf}, from every trigger and review of the record (those after it left out).
     * A trigger depends only on the orders begun by its moment, so the record's triggers are computed once and any
     * day's schedule is a view of them.
     */
    public ReviewSchedule asOf(ZoneId zone, Instant asOf) {
        return from(triggers, reviews, zone, asOf);
    }

    private static ReviewSchedule from(List<Trigger> allTriggers, List<Instant> allReviews, ZoneId zone, Instant asOf) {
        List<Trigger> triggers = allTriggers.stream().filter(t -> !t.at().isAfter(asOf)).toList();
        List<Instant> reviews = allReviews.stream().filter(r -> !r.isAfter(asOf)).toList();
        Optional<Trigger> latest = triggers.isEmpty() ? Optional.empty() : Optional.of(triggers.get(triggers.size() - 1));
        Optional<Instant> lastReview = reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
        if (latest.isPresent() && (lastReview.isEmpty() || lastReview.get().isBefore(latest.get().at()))) {
            Trigger t = latest.get();
            return new ReviewSchedule(allTriggers, allReviews, Optional.of(LocalDate.ofInstant(t.at(), zone).plusWeeks(WEEKS_AFTER_CHANGE)),
                    WEEKS_AFTER_CHANGE + " weeks after " + t.describe(zone) + " with no review since");
        }
        if (lastReview.isPresent()) {
            LocalDate day = LocalDate.ofInstant(lastReview.get(), zone);
            return new ReviewSchedule(allTriggers, allReviews, Optional.of(day.plusMonths(MONTHS_AFTER_REVIEW)),
                    MONTHS_AFTER_REVIEW + " months after the review of " + day);
        }
        return new ReviewSchedule(allTriggers, allReviews, Optional.empty(), "no opioid started");
    }

    /** True from the day after the due day (a review on the due day itself is on time). */
    public boolean overdueOn(LocalDate day) {
        return due.isPresent() && day.isAfter(due.get());
    }

    /**
     * What the ward list shows on {@code today} while an opioid runs: "Review due 2026-02-07" or "Review overdue since
     * 2026-02-08"; empty when nothing is due or no opioid runs.
     */
    public Optional<String> wardText(LocalDate today, boolean opioidRunning) {
        if (!opioidRunning || due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(overdueOn(today) ? "Review overdue since " + due.get().plusDays(1) : "Review due " + due.get());
    }

    /** The latest start or escalation at or before {@code at}: what "before the opioid or its last escalation" means. */
    public Optional<Trigger> latestTriggerAtOrBefore(Instant at) {
        return triggers.stream().filter(t -> !t.at().isAfter(at)).max(Comparator.comparing(Trigger::at));
    }

    private static List<Trigger> triggers(List<MedicationOrder> opioids, Function<MedicationOrder, Optional<BigDecimal>> fullDailyMme) {
        List<Trigger> triggers = new ArrayList<>();
        // Every moment an opioid order begins is an order change; stops alone lower the amount and never escalate.
        TreeSet<Instant> changes = new TreeSet<>();
        opioids.forEach(o -> changes.add(o.start().toInstant()));
        for (Instant at : changes) {
            List<MedicationOrder> beginning = opioids.stream().filter(o -> o.start().toInstant().equals(at)).toList();
            MedicationOrder first = beginning.get(0);
            boolean ranInTheWeekBefore = opioids.stream().anyMatch(o -> o.start().toInstant().isBefore(at)
                    && (o.stop() == null || o.stop().toInstant().isAfter(at.minus(START_LOOKBACK))));
            BigDecimal before = amount(opioids, fullDailyMme, o -> o.start().toInstant().isBefore(at)
                    && (o.stop() == null || !o.stop().toInstant().isBefore(at)));
            BigDecimal after = amount(opioids, fullDailyMme, o -> o.runningAt(at));
            if (!ranInTheWeekBefore) {
                triggers.add(new Trigger(Trigger.Kind.START, at, first, before, after));
            } else if (after.signum() > 0 && after.compareTo(before.multiply(ESCALATION_FACTOR)) > 0) {
                MedicationOrder changed = beginning.stream().filter(o -> o.kind() == OrderKind.SCHEDULED || o.kind() == OrderKind.INFUSION)
                        .findFirst().orElse(first);
                triggers.add(new Trigger(Trigger.Kind.ESCALATION, at, changed, before, after));
            }
        }
        return triggers;
    }

    /** The full daily MME of the scheduled orders and infusions matching {@code running} (section 8: PRN does not count). */
    private static BigDecimal amount(List<MedicationOrder> opioids, Function<MedicationOrder, Optional<BigDecimal>> fullDailyMme,
                                     Predicate<MedicationOrder> running) {
        return opioids.stream().filter(o -> o.kind() == OrderKind.SCHEDULED || o.kind() == OrderKind.INFUSION).filter(running)
                .map(o -> fullDailyMme.apply(o).orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** The full daily MME of an order as ordered, with this table; empty when the table does not count it. */
    public static Function<MedicationOrder, Optional<BigDecimal>> asOrdered(MmeTable table) {
        return o -> table.factorFor(o) instanceof MmeFactorLookup.Counted c ? Optional.of(c.dailyMme(o)) : Optional.empty();
    }
}
