package org.bedsideneuro.service;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.persistence.Database;

/** Medication orders: started, changed (the old one stopped where the new one starts, in one transaction), stopped. */
public final class OrderService {
    private final Database database;

    public OrderService(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Adds {@code order}; when it {@code replaces} another (not null), that one stops at the new one's start. */
    public MedicationOrder start(MedicationOrder order, MedicationOrder replaces, Clinician by) {
        return database.write(s -> {
            if (replaces != null) {
                s.medications().stop(replaces.id(), order.start(), by);
            }
            s.medications().add(order, by);
            return order;
        });
    }

    /** Stops the order {@code id} at {@code when}; {@code outcome}: how a first-line trial ended, or null. */
    public void stop(OrderId id, OffsetDateTime when, TrialOutcome outcome, Clinician by) {
        database.write(s -> {
            s.medications().stop(id, when, outcome, by);
            return null;
        });
    }
}
