package org.bedsideneuro.exchange;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;

/**
 * A row of administrations.csv that is valid on its own: the dose (or PCA reading), the order it names, who gave it,
 * and the line it came from. Whether it fits its order (running then, its unit, a PRN order's limits, PCA intervals)
 * needs the order and the doses on record: {@link AdministrationCheck} asks the domain's
 * {@link org.bedsideneuro.domain.regimen.AdministrationRules} once the order is found.
 *
 * @param id        made once, when the row is read: a retried import records the same entry, never a second one
 * @param orderKind the order_kind cell; null when empty or the column is left out
 */
record AdministrationLine(long line, AdministrationId id, OrderStartKey order, OffsetDateTime orderStart, OrderKind orderKind,
                          OffsetDateTime givenAt, OffsetDateTime periodStart, BigDecimal dose, DoseUnit unit, AdministrationStatus status,
                          String givenBy, Role role, String note) {
    /** Domain messages start with the field's name ("Period start: ..."); each goes to the column that holds it. */
    private static final Map<String, String> FIELDS = Map.of("Order", "order_start", "Time given", "given_at",
            "Time of the reading", "given_at", "Period start", "period_start", "Period", "period_start", "Dose", "dose",
            "Unit", "unit", "Status", "status", "Note", "note");
    /** AdministrationRules' message for a PRN order's most doses a day, which names the day rather than a field. */
    private static final String DOSES_GIVEN_ON = "Doses given on ";

    /** Checks one row on its own, as the dose form does (Administration's constructor, nothing in the future by {@code clock}). */
    static Optional<AdministrationLine> parse(CsvRow row, Clock clock, CellProblems problems) {
        Optional<PatientId> patient = problems.cell("patient_id", PatientId::new);
        Optional<String> drug = problems.cell("drug", AdministrationLine::drug);
        Optional<Route> route = problems.coded("route", Route.class);
        Optional<OffsetDateTime> orderStart = problems.cell("order_start", text -> required(text, "the start of the order it was given under"));
        Optional<OrderKind> kind = problems.cell("order_kind", text -> text.isEmpty() ? null : OrderLine.coded(OrderKind.class, text));
        Optional<OffsetDateTime> givenAt = problems.cell("given_at", text -> notInFuture(required(text, "the time it was given"), text, clock));
        Optional<OffsetDateTime> periodStart = problems.cell("period_start", text -> text.isEmpty() ? null : ExchangeTimes.parseTime(text));
        Optional<BigDecimal> dose = problems.cell("dose", OrderLine::decimal);
        Optional<DoseUnit> unit = problems.coded("unit", DoseUnit.class);
        Optional<AdministrationStatus> status = problems.coded("status", AdministrationStatus.class);
        Optional<String> givenBy = problems.cell("given_by", FindingLine::clinicianName);
        Optional<Role> role = problems.coded("role", Role.class);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        AdministrationLine line = new AdministrationLine(row.line(), AdministrationId.random(),
                OrderStartKey.of(patient.get(), drug.get(), route.get(), orderStart.get()), orderStart.get(), kind.orElse(null),
                givenAt.get(), periodStart.orElse(null), dose.get(), unit.get(), status.get(), givenBy.get(), role.get(), row.get("note"));
        try {
            // The order is found later, against the database: the dose's own checks run now, under a stand-in order.
            line.under(OrderId.random(), Clinician.create(line.givenBy(), line.role()));
            return Optional.of(line);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.fromDomain(e, FIELDS, "given_at");
            return Optional.empty();
        }
    }

    private static String drug(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty; the drug of the order it was given under is required");
        }
        return text.strip();
    }

    private static OffsetDateTime required(String text, String what) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty; a dose needs " + what);
        }
        return ExchangeTimes.parseTime(text);
    }

    private static OffsetDateTime notInFuture(OffsetDateTime time, String text, Clock clock) {
        if (time.toInstant().isAfter(clock.instant())) {
            throw new IllegalArgumentException(text + " is in the future");
        }
        return time;
    }

    PatientId patient() {
        return order.patient();
    }

    /** This row as the record's entry under {@code order}, given by {@code clinician}. */
    Administration under(OrderId order, Clinician clinician) {
        return new Administration(id, order, patient(), givenAt, periodStart, dose, unit, status, clinician, note);
    }

    /**
     * "Already there" (shared/exchange-format.md): the same patient, drug, route and order start (the order both are
     * under), time given, dose (by value: 10 and 10.0 are one dose), unit and status.
     */
    boolean sameEntryAs(Administration recorded) {
        return recorded.instant().equals(givenAt.truncatedTo(ChronoUnit.MILLIS).toInstant()) && recorded.dose().compareTo(dose) == 0
                && recorded.unit() == unit && recorded.status() == status;
    }

    /** The domain's refusal of this row under its order, against the column its message names. */
    ExchangeProblem refusal(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith(DOSES_GIVEN_ON)) {
            return problem("given_at", message);
        }
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            String prefix = field.getKey() + ": ";
            if (message.startsWith(prefix)) {
                return problem(field.getValue(), message.substring(prefix.length()));
            }
        }
        return problem("given_at", message);
    }

    ExchangeProblem problem(String column, String message) {
        return ExchangeProblem.atCell(ExchangeFile.ADMINISTRATIONS.fileName(), line, column, message);
    }
}
