package org.bedsideneuro.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationRules;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.persistence.Database;

/**
 * Charting on the medication administration record, for the window and the command line alike
 * (shared/clinical-reference.md section 6): a dose given, held, refused or not given; a PCA pump reading; the
 * withdrawal of an entry made in error, with its reason. What may be recorded is {@link AdministrationRules}' to say,
 * checked against the order and its record in the same transaction that writes, so a refusal writes nothing and two
 * nurses charting the same PRN order at once are counted one after the other. Calendar days (a PRN order's most doses
 * a day) are those of {@code zone}, the computer's time zone.
 */
public final class AdministrationService {
    private final Database database;
    private final ZoneId zone;

    public AdministrationService(Database database, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.zone = Objects.requireNonNull(zone, "time zone");
    }

    /**
     * Records a dose of {@code order} given, held, refused or not given at {@code givenAt} by {@code givenBy} (a stored
     * clinician), typed in by {@code recordedBy}. {@code note}: why a dose was held or refused, or why a PRN dose goes
     * beyond its order. Returns what was recorded.
     */
    public Administration recordDose(OrderId order, OffsetDateTime givenAt, BigDecimal dose, DoseUnit unit, AdministrationStatus status,
                                     String note, Clinician givenBy, Clinician recordedBy) {
        require(givenAt, "Time given");
        require(status, "Status");
        return record(order, null, givenAt, dose, unit, status, note, givenBy, recordedBy);
    }

    /**
     * Records a PCA pump reading: {@code delivered} over the period from {@code periodStart} (the previous reading, or
     * when the pump was started) to the reading at {@code readingAt}.
     */
    public Administration recordPcaReading(OrderId order, OffsetDateTime periodStart, OffsetDateTime readingAt, BigDecimal delivered,
                                           DoseUnit unit, String note, Clinician givenBy, Clinician recordedBy) {
        require(readingAt, "Time of the reading");
        require(periodStart, "Period start");
        return record(order, periodStart, readingAt, delivered, unit, AdministrationStatus.GIVEN, note, givenBy, recordedBy);
    }

    /** Withdraws an entry made in error; it stays on the record, marked withdrawn with {@code reason}, and no longer counts. */
    public void withdraw(AdministrationId id, String reason, Clinician by) {
        require(id, "Dose record");
        require(by, "Withdrawn by");
        Permissions.require(by, Action.RECORD_ADMINISTRATION);
        database.write(s -> {
            s.administrations().withdraw(id, reason, by);
            return null;
        });
    }

    private Administration record(OrderId orderId, OffsetDateTime periodStart, OffsetDateTime givenAt, BigDecimal dose, DoseUnit unit,
                                  AdministrationStatus status, String note, Clinician givenBy, Clinician recordedBy) {
        require(orderId, "Order");
        require(dose, "Dose");
        require(unit, "Unit");
        require(givenBy, "Given by");
        require(recordedBy, "Recorded by");
        Permissions.require(recordedBy, Action.RECORD_ADMINISTRATION);
        // Made once, outside the unit of work: a retried transaction records the same entry, never a second one.
        AdministrationId id = AdministrationId.random();
        return database.write(s -> {
            MedicationOrder order = s.medications().find(orderId)
                    .orElseThrow(() -> new IllegalArgumentException("Order: there is no such order (" + orderId + ")"));
            Administration candidate = new Administration(id, orderId, order.patientId(), givenAt, periodStart, dose, unit, status, givenBy, note);
            AdministrationRules.check(order, candidate,
                    s.administrations().currentOfOrderAround(orderId, AdministrationRules.Neighbourhood.of(candidate, zone)), zone,
                    database.clock().instant());
            s.administrations().record(candidate, order, recordedBy);
            return candidate;
        });
    }

    private static void require(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + ": required");
        }
    }
}
