package org.bedsideneuro.domain.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * A prescribing-safety rule of clinical reference section 8: two kinds of drug "run on the same day" when an order of
 * each runs at some moment of that calendar day (a PRN order runs while it is ordered, given or not). Checked on every
 * day either kind runs; an order still running counts up to the last day of the MME series (the period looked at).
 */
abstract class SameDayCombinationRule implements FlagRule {
    /** The drugs on one side of the combination, by generic name. */
    abstract Predicate<String> first();

    /** The drugs on the other side. */
    abstract Predicate<String> second();

    /** Why this matters and its source, after the drugs in the flag's values. */
    abstract String advice();

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        List<MedicationOrder> firsts = timeline.orders().stream().filter(o -> first().test(o.drug())).toList();
        List<MedicationOrder> seconds = timeline.orders().stream().filter(o -> second().test(o.drug())).toList();
        if (firsts.isEmpty() || seconds.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        firsts.forEach(o -> days.addAll(daysRunning(o, timeline)));
        seconds.forEach(o -> days.addAll(daysRunning(o, timeline)));
        List<RuleCheck> checks = new ArrayList<>();
        String subject = code().code();
        for (LocalDate day : days) {
            List<MedicationOrder> a = runningOn(firsts, day, timeline);
            List<MedicationOrder> b = runningOn(seconds, day, timeline);
            if (a.isEmpty() || b.isEmpty()) {
                checks.add(RuleCheck.notHolding(subject, timeline.startOf(day), day));
                continue;
            }
            List<MedicationOrder> both = new ArrayList<>(a);
            b.stream().filter(o -> !both.contains(o)).forEach(both::add);
            String values = String.join(" with ", List.of(summaries(a), summaries(b))) + " on " + day + ". " + advice();
            checks.add(new RuleCheck(subject, timeline.startOf(day), day, true, values, List.of(),
                    both.stream().map(MedicationOrder::id).toList()));
        }
        return checks;
    }

    private static String summaries(List<MedicationOrder> orders) {
        return String.join(" and ", orders.stream().map(MedicationOrder::summary).toList());
    }

    private static List<MedicationOrder> runningOn(List<MedicationOrder> orders, LocalDate day, PatientTimeline timeline) {
        return orders.stream().filter(o -> runsOn(o, day, timeline)).toList();
    }

    /** Section 8: at some moment of that calendar day. */
    static boolean runsOn(MedicationOrder o, LocalDate day, PatientTimeline timeline) {
        LocalDate first = timeline.dateOf(o.start().toInstant());
        if (day.isBefore(first)) {
            return false;
        }
        return o.stop() == null || !day.isAfter(timeline.dateOf(o.stop().toInstant().minusNanos(1)));
    }

    /** The days an order runs, an open order up to the end of the period looked at (at least its first day). */
    static List<LocalDate> daysRunning(MedicationOrder o, PatientTimeline timeline) {
        LocalDate first = timeline.dateOf(o.start().toInstant());
        LocalDate last = o.stop() != null ? timeline.dateOf(o.stop().toInstant().minusNanos(1))
                : timeline.mme().isEmpty() ? first : later(first, timeline.mme().lastKey());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
