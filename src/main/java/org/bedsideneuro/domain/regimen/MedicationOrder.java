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
 * One medication order over the time it ran: drug (lower-case generic name), dose per administration, unit, route,
 * doses per day, start and (once stopped) stop. A change of dose is a stop of one order and the start of another.
 */
public record MedicationOrder(OrderId id, PatientId patientId, String drug, BigDecimal dose, DoseUnit unit, Route route,
                              BigDecimal dosesPerDay, OffsetDateTime start, OffsetDateTime stop, String note) {
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
        if ((route == Route.TRANSDERMAL) != (unit == DoseUnit.MCG_PER_HOUR)) {
            throw new IllegalArgumentException("Unit: a transdermal patch is ordered in mcg/h, and mcg/h is only for a transdermal patch");
        }
        if (dosesPerDay == null || dosesPerDay.signum() <= 0 || dosesPerDay.compareTo(MAX_DOSES_PER_DAY) > 0) {
            throw new IllegalArgumentException("Doses per day: must be above 0 and at most " + MAX_DOSES_PER_DAY);
        }
        // Stored to the millisecond: truncate so a saved order reads back equal.
        start = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.MILLIS);
        stop = stop == null ? null : stop.truncatedTo(ChronoUnit.MILLIS);
        if (stop != null && !stop.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("Stop: " + stop + " is not after the start " + start);
        }
        note = note == null ? "" : note.strip();
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
        return new MedicationOrder(id, patientId, drug, dose, unit, route, dosesPerDay, start, when, note);
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

    /** "morphine oral 10 mg x 6/day". */
    public String summary() {
        return drug + " " + route.code() + " " + dose.toPlainString() + " " + unit.code() + " x " + dosesPerDay.toPlainString() + "/day";
    }
}
