package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * What an administration must be to go on the record under its order (shared/clinical-reference.md section 6; the
 * errors of exchange format administrations.csv): the window, the command line and an import refuse the same things
 * with the same words. Each rule throws {@link IllegalArgumentException} with text a clinician can act on.
 * <ul>
 * <li>the order is not an infusion (it counts at its rate), and it ran at the time given (a PCA reading may fall exactly
 * at the stop: the last reading when the pump is stopped);</li>
 * <li>not in the future; the unit is the order's (a PCA's: its bolus unit);</li>
 * <li>a held or refused dose says why;</li>
 * <li>a PRN dose above the order's dose, or beyond its most doses a day in a calendar day, says why in its note (it is
 * then recorded: the record must show what was given);</li>
 * <li>a PCA reading covers an interval (period start before the reading, not before the order's start) that overlaps no
 * other reading of the order; a gap between readings is allowed (nothing counts for it).</li>
 * </ul>
 */
public final class AdministrationRules {
    private AdministrationRules() {
    }

    /**
     * Refuses {@code candidate} under {@code order} at {@code now}; {@code standing}: the order's administrations on the
     * record (withdrawn ones left out), at least those of the candidate's {@link Neighbourhood}; calendar days are
     * those of {@code zone}.
     */
    public static void check(MedicationOrder order, Administration candidate, Collection<Administration> standing, ZoneId zone, Instant now) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(candidate, "administration");
        if (!candidate.orderId().equals(order.id())) {
            throw new IllegalArgumentException("Order: this dose is recorded under another order than " + order.summary());
        }
        if (order.kind() == OrderKind.INFUSION) {
            throw new IllegalArgumentException("Order: " + order.summary() + " is an infusion; it counts at its rate for as long as it"
                    + " runs, so no dose is recorded under it (a change of rate is a new order)");
        }
        requireTheOrdersUnit(order, candidate);
        requirePeriodFitsTheKind(order, candidate);
        requireOrderRunning(order, candidate);
        candidate.requireNotInFuture(now);
        requireReasonWhenNotGiven(candidate);
        if (order.kind() == OrderKind.PRN) {
            requireNoteBeyondPrnLimits(order, candidate, standing, zone);
        }
        if (order.kind() == OrderKind.PCA) {
            requireNoOverlap(candidate, standing);
        }
    }

    /**
     * Which standing administrations of the same order {@link #check} needs for {@code candidate}: for a dose, the
     * doses given on its calendar day in {@code zone} (a PRN order's most doses a day); for a PCA reading, the readings
     * whose interval reaches into its own (those it might overlap). Reading only these keeps a save as quick on the
     * thousandth day of an order as on its first. Spans [{@code from}, {@code to}).
     */
    public record Neighbourhood(Instant from, Instant to, boolean readings) {
        public static Neighbourhood of(Administration candidate, ZoneId zone) {
            if (candidate.isPcaReading()) {
                return new Neighbourhood(candidate.periodStart().toInstant(), candidate.instant(), true);
            }
            LocalDate day = candidate.givenAt().atZoneSameInstant(zone).toLocalDate();
            return new Neighbourhood(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant(), false);
        }
    }

    private static void requireTheOrdersUnit(MedicationOrder order, Administration candidate) {
        if (candidate.unit() != order.unit()) {
            throw new IllegalArgumentException("Unit: " + candidate.unit().code() + " is not the unit of " + order.summary()
                    + " (" + order.unit().code() + ")");
        }
    }

    private static void requirePeriodFitsTheKind(MedicationOrder order, Administration candidate) {
        if (order.kind() == OrderKind.PCA && !candidate.isPcaReading()) {
            throw new IllegalArgumentException("Period start: a PCA reading is the amount delivered since the previous reading (or since"
                    + " the pump was started); give the start of that period");
        }
        if (order.kind() != OrderKind.PCA && candidate.isPcaReading()) {
            throw new IllegalArgumentException("Period start: only a PCA pump reading covers a period; " + order.summary() + " is "
                    + order.kind().label().toLowerCase(Locale.ROOT));
        }
        if (order.kind() == OrderKind.PCA && candidate.status() != AdministrationStatus.GIVEN) {
            throw new IllegalArgumentException("Status: a PCA reading records what the pump delivered (given), not "
                    + candidate.status().label().toLowerCase(Locale.ROOT));
        }
    }

    private static void requireOrderRunning(MedicationOrder order, Administration candidate) {
        Instant at = candidate.instant();
        Instant earliest = candidate.isPcaReading() ? candidate.periodStart().toInstant() : at;
        if (earliest.isBefore(order.start().toInstant())) {
            throw new IllegalArgumentException((candidate.isPcaReading() ? "Period start: " + candidate.periodStart() : "Time given: " + at(candidate))
                    + " is before " + order.summary() + " was started (" + order.start() + ")");
        }
        if (order.stop() == null) {
            return;
        }
        // A PCA's last reading is taken when the pump is stopped: it may fall exactly at the stop.
        if (candidate.isPcaReading() && at.isAfter(order.stop().toInstant())) {
            throw new IllegalArgumentException("Time of the reading: " + at(candidate) + " is after the stop of " + order.summary()
                    + " (" + order.stop() + ")");
        }
        if (!candidate.isPcaReading() && !at.isBefore(order.stop().toInstant())) {
            throw new IllegalArgumentException("Time given: " + at(candidate) + " is at or after the stop of " + order.summary()
                    + " (" + order.stop() + ")");
        }
    }

    private static String at(Administration a) {
        return a.givenAt().toString();
    }

    private static void requireReasonWhenNotGiven(Administration candidate) {
        boolean heldOrRefused = candidate.status() == AdministrationStatus.HELD || candidate.status() == AdministrationStatus.REFUSED;
        if (heldOrRefused && candidate.note().isEmpty()) {
            throw new IllegalArgumentException("Note: say why the dose was " + candidate.status().label().toLowerCase(Locale.ROOT));
        }
    }

    /** Section 6: a PRN order allows its dose, up to its most doses a day; beyond that the record says why. */
    private static void requireNoteBeyondPrnLimits(MedicationOrder order, Administration candidate, Collection<Administration> standing, ZoneId zone) {
        if (candidate.status() != AdministrationStatus.GIVEN || !candidate.note().isEmpty()) {
            return;
        }
        if (candidate.dose().compareTo(order.dose()) > 0) {
            throw new IllegalArgumentException("Dose: " + candidate.dose().toPlainString() + " " + candidate.unit().code() + " is above the "
                    + order.dose().toPlainString() + " " + order.unit().code() + " that " + order.summary()
                    + " allows; if that is what was given, say why in the note");
        }
        LocalDate day = candidate.givenAt().atZoneSameInstant(zone).toLocalDate();
        long givenThatDay = standing.stream()
                .filter(a -> a.orderId().equals(order.id()) && a.status() == AdministrationStatus.GIVEN && !a.id().equals(candidate.id()))
                .filter(a -> a.givenAt().atZoneSameInstant(zone).toLocalDate().equals(day))
                .count() + 1;
        if (BigDecimal.valueOf(givenThatDay).compareTo(order.dosesPerDay()) > 0) {
            throw new IllegalArgumentException("Doses given on " + day + ": this would be dose " + givenThatDay + ", and " + order.summary()
                    + " allows at most " + order.dosesPerDay().toPlainString() + " a day; if it was given, say why in the note");
        }
    }

    /** A reading covers (period start, reading]; two readings of one pump cannot both have delivered the same hour. */
    private static void requireNoOverlap(Administration candidate, Collection<Administration> standing) {
        Instant from = candidate.periodStart().toInstant();
        Instant to = candidate.instant();
        for (Administration other : standing) {
            if (!other.isPcaReading() || other.id().equals(candidate.id()) || !other.orderId().equals(candidate.orderId())) {
                continue;
            }
            if (other.periodStart().toInstant().isBefore(to) && from.isBefore(other.instant())) {
                throw new IllegalArgumentException("Period: " + candidate.periodStart() + " to " + candidate.givenAt()
                        + " overlaps the reading already recorded for " + other.periodStart() + " to " + other.givenAt()
                        + "; if that reading is wrong, withdraw it first");
            }
        }
    }
}
