package org.bedsideneuro.domain.regimen;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.bedsideneuro.domain.patient.PatientId;

/** Small builder of synthetic orders for the regimen tests. */
final class Orders {
    static final PatientId PATIENT = new PatientId("TEST-0001");

    private Orders() {
    }

    static MedicationOrder order(String drug, String dose, DoseUnit unit, Route route, String perDay, String start, String stop) {
        return new MedicationOrder(OrderId.random(), PATIENT, drug, new BigDecimal(dose), unit, route, new BigDecimal(perDay),
                OffsetDateTime.parse(start), stop == null ? null : OffsetDateTime.parse(stop), "");
    }

    static MedicationOrder oral(String drug, String dose, String perDay) {
        return order(drug, dose, DoseUnit.MG, Route.ORAL, perDay, "2026-01-01T00:00:00Z", null);
    }
}
