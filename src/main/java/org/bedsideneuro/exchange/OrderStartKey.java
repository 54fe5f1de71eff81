package org.bedsideneuro.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.Route;

/**
 * How administrations.csv names the order a dose was given under (shared/exchange-format.md): the patient, drug, route
 * and start. Only a PCA and its basal infusion, started together, share one; a row's order_kind then tells them apart.
 * Times compare by instant, to the millisecond the record keeps.
 */
record OrderStartKey(PatientId patient, String drug, Route route, Instant start) {
    static OrderStartKey of(MedicationOrder order) {
        return new OrderStartKey(order.patientId(), order.drug(), order.route(), order.start().toInstant());
    }

    static OrderStartKey of(PatientId patient, String drug, Route route, OffsetDateTime start) {
        return new OrderStartKey(patient, drug.strip(), route, start.truncatedTo(ChronoUnit.MILLIS).toInstant());
    }

    /**
     * The order a row of medications.csv that was refused for some cell would have been, when its patient, drug, route
     * and start can be read: its administrations are then not reported again as naming no order.
     */
    static Optional<OrderStartKey> ofRefusedRow(CsvRow medicationsRow) {
        try {
            PatientId patient = new PatientId(medicationsRow.get("patient_id"));
            Optional<Route> route = Coded.byCode(Route.class, medicationsRow.get("route"));
            OffsetDateTime start = ExchangeTimes.parseTime(medicationsRow.get("start"));
            return route.map(r -> of(patient, medicationsRow.get("drug"), r, start));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
