package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * One medication order over the time it ran (clinical reference section 6; exchange format, medications.csv): drug
 * (lower-case generic name), its kind, the dose (per administration for scheduled and PRN orders, the bolus of a PCA,
 * the rate of an infusion or a patch), unit, route, doses per day (a PRN order's daily maximum; none for an infusion or
 * a PCA), start and (once stopped) stop, why it was given and, once stopped, how its trial ended. A change of dose or
 * rate is a stop of one order and the start of another.
 *
 * @param dosesPerDay null for an infusion or a PCA
 * @param outcome     null while running, or when not recorded
 */
public record MedicationOrder(OrderId id, PatientId patientId, String drug, BigDecimal dose, DoseUnit unit, Route route,
                              BigDecimal dosesPerDay, OffsetDateTime start, OffsetDateTime stop, String note, OrderKind kind,
                              Indication indication, TrialOutcome outcome) {
    private static final Pattern GENERIC_NAME = Pattern.compile("[a-z][a-z0-9 \\-]{0,59}");
    /** Our bound: more than 48 administrations a day (every 30 minutes) is not an order but a typing slip or an infusion. */
    public static final BigDecimal MAX_DOSES_PER_DAY = BigDecimal.valueOf(48);

    public MedicationOrder {
        Objects.requireNonNull(id, "order id");
        Objects.requireNonNull(patientId, "patient");
        drug = drug == null ? "" : drug.strip();
        if (!GENERIC_NAME.matcher(drug).matches()) {
            throw new IllegalArgumentException("Drug: '" + drug + "' is not a lower-case generic name such as morphine");
        }
        if (dose == null || dose.signum() <= 0) {
            throw new IllegalArgumentException("Dose: must be a number above 0");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(route, "route");
        kind = kind == null ? OrderKind.SCHEDULED : kind;
        indication = indication == null ? Indication.NOT_RECORDED : indication;
        requireUnitAndRouteFitTheKind(kind, unit, route);
        if (kind.hasDosesPerDay()) {
            if (dosesPerDay == null || dosesPerDay.signum() <= 0 || dosesPerDay.compareTo(MAX_DOSES_PER_DAY) > 0) {
                throw new IllegalArgumentException((kind == OrderKind.PRN ? "Most doses a day" : "Doses per day")
                        + ": must be above 0 and at most " + MAX_DOSES_PER_DAY);
            }
        } else if (dosesPerDay != null) {
            throw new IllegalArgumentException("Doses per day: " + (kind == OrderKind.INFUSION ? "an infusion runs at its rate"
                    : "a PCA counts what the pump delivered") + ", it has no doses per day");
        }
        // Stored to the millisecond: truncate so a saved order reads back equal.
        start = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MILLIS);
        stop = stop == null ? null : stop.truncatedTo(ChronoUnit.MILLIS);
        if (stop != null && !stop.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("Stop: " + stop + " is not after the start " + start);
        }
        if (outcome != null && stop == null) {
            throw new IllegalArgumentException("Outcome: a trial's outcome is recorded once its order is stopped");
        }
        note = note == null ? "" : note.strip();
    }

    /** A scheduled order, as every order was before orders had kinds (indication not recorded). */
    public MedicationOrder(OrderId id, PatientId patientId, String drug, BigDecimal dose, DoseUnit unit, Route route,
                           BigDecimal dosesPerDay, OffsetDateTime start, OffsetDateTime stop, String note) {
        this(id, patientId, drug, dose, unit, route, dosesPerDay, start, stop, note, OrderKind.SCHEDULED, Indication.NOT_RECORDED, null);
    }

    /** Clinical reference section 6: an infusion runs iv or sc at a rate; a patch is scheduled in mcg/h; doses are mg or mcg. */
    private static void requireUnitAndRouteFitTheKind(OrderKind kind, DoseUnit unit, Route route) {
        switch (kind) {
            case INFUSION -> {
                if (route != Route.IV && route != Route.SC) {
                    throw new IllegalArgumentException("Route: an infusion runs iv or sc, not " + route.code());
                }
                if (!unit.isRate()) {
                    throw new IllegalArgumentException("Unit: an infusion's rate is in mg/h or mcg/h");
                }
            }
            case PCA -> {
                if (route != Route.IV && route != Route.SC) {
                    throw new IllegalArgumentException("Route: a PCA pump gives its bolus iv or sc, not " + route.code());
                }
                if (unit.isRate()) {
                    throw new IllegalArgumentException("Unit: a PCA's bolus is in mg or mcg (a basal rate is an infusion order of its own)");
                }
            }
            case PRN -> {
                if (unit.isRate() || route == Route.TRANSDERMAL) {
                    throw new IllegalArgumentException("Unit: a PRN dose is in mg or mcg (a patch or a rate is not given as needed)");
                }
            }
            case SCHEDULED -> {
                if ((route == Route.TRANSDERMAL) != (unit == DoseUnit.MCG_PER_HOUR)) {
                    throw new IllegalArgumentException("Unit: a transdermal patch is ordered in mcg/h, and mcg/h is only for a transdermal patch");
                }
                if (unit == DoseUnit.MG_PER_HOUR) {
                    throw new IllegalArgumentException("Unit: mg/h is an infusion's rate; a scheduled dose is in mg or mcg");
                }
            }
        }
    }

    public Optional<OffsetDateTime> optionalStop() {
        return Optional.ofNullable(stop);
    }

    /** True while the order runs at {@code when}: started, and not yet stopped. */
    public boolean runningAt(Instant when) {
        return !start.toInstant().isAfter(when) && (stop == null || stop.toInstant().isAfter(when));
    }

    /** This order stopped at {@code when}. */
    public MedicationOrder stoppedAt(OffsetDateTime when) {
        return new MedicationOrder(id, patientId, drug, dose, unit, route, dosesPerDay, start, when, note, kind, indication, outcome);
    }

    /** This order stopped at {@code when}, its trial having ended with {@code how} (null: not recorded). */
    public MedicationOrder stoppedAt(OffsetDateTime when, TrialOutcome how) {
        return new MedicationOrder(id, patientId, drug, dose, unit, route, dosesPerDay, start, when, note, kind, indication, how);
    }

    /** Fails when the order starts after {@code now}, or stops after it (orders record what ran). */
    public MedicationOrder requireNotInFuture(Instant now) {
        if (start.toInstant().isAfter(now)) {
            throw new IllegalArgumentException("Start: " + start + " is in the future");
        }
        if (stop != null && stop.toInstant().isAfter(now)) {
            throw new IllegalArgumentException("Stop: " + stop + " is in the future");
        }
        return this;
    }

    /**
     * "morphine oral 10 mg x 6/day"; "oxycodone oral 5 mg PRN, at most 6/day"; "morphine sc infusion 1.5 mg/h";
     * "morphine iv PCA 1 mg bolus".
     */
    public String summary() {
        String amount = dose.toPlainString() + " " + unit.code();
        return switch (kind) {
            case SCHEDULED -> drug + " " + route.code() + " " + amount + " x " + dosesPerDay.toPlainString() + "/day";
            case PRN -> drug + " " + route.code() + " " + amount + " PRN, at most " + dosesPerDay.toPlainString() + "/day";
            case INFUSION -> drug + " " + route.code() + " infusion " + amount;
            case PCA -> drug + " " + route.code() + " PCA " + amount + " bolus";
        };
    }
}
