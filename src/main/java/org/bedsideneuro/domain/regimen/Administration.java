package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * One line of the medication administration record (clinical reference section 6): a dose given, held, refused or not
 * given under a running order, at {@code givenAt}; for a PCA, one pump reading: the amount the pump delivered over
 * [{@code periodStart}, {@code givenAt}]. A wrong entry is withdrawn with a reason (a record of its own), never
 * changed or deleted.
 *
 * @param periodStart only for a PCA reading (null otherwise)
 * @param dose        the amount (for a held, refused or not given dose, the scheduled dose; it counts 0)
 * @param note        for a held or refused dose the reason; for a PRN dose beyond its order's limits, why
 */
public record Administration(AdministrationId id, OrderId orderId, PatientId patientId, OffsetDateTime givenAt,
                             OffsetDateTime periodStart, BigDecimal dose, DoseUnit unit, AdministrationStatus status,
                             Clinician givenBy, String note) {
    public Administration {
        Objects.requireNonNull(id, "administration id");
        Objects.requireNonNull(orderId, "order");
        Objects.requireNonNull(patientId, "patient");
        // Stored to the millisecond: truncate so a saved administration reads back equal.
        givenAt = Objects.requireNonNull(givenAt, "time given").truncatedTo(ChronoUnit.MILLIS);
        periodStart = periodStart == null ? null : periodStart.truncatedTo(ChronoUnit.MILLIS);
        if (dose == null || dose.signum() <= 0) {
            throw new IllegalArgumentException("Dose: must be a number above 0");
        }
        Objects.requireNonNull(unit, "unit");
        if (unit != DoseUnit.MG && unit != DoseUnit.MCG) {
            throw new IllegalArgumentException("Unit: a dose given is in mg or mcg");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(givenBy, "given by");
        if (periodStart != null && !periodStart.toInstant().isBefore(givenAt.toInstant())) {
            throw new IllegalArgumentException("Period start: " + periodStart + " is not before the reading at " + givenAt);
        }
        note = note == null ? "" : note.strip();
    }

    public boolean isPcaReading() {
        return periodStart != null;
    }

    /** The amount that counts: the dose when given, 0 otherwise. */
    public BigDecimal countedDose() {
        return status.counts() ? dose : BigDecimal.ZERO;
    }

    public Instant instant() {
        return givenAt.toInstant();
    }

    /** Fails when the administration lies after {@code now} (the record shows what was given, never what will be). */
    public Administration requireNotInFuture(Instant now) {
        if (givenAt.toInstant().isAfter(now)) {
            throw new IllegalArgumentException("Time given: " + givenAt + " is in the future");
        }
        return this;
    }
}
