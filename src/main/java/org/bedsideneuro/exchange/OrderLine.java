package org.bedsideneuro.exchange;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.regimen.TrialOutcome;

/** A valid row of medications.csv and the line it came from. */
record OrderLine(long line, MedicationOrder order) {
    /**
     * Plain decimals only ("10", "2.5"): the exchange keeps decimals as recorded, and "1e1" or "+10" would not come
     * back out as written.
     */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final Map<String, String> FIELDS = Map.of("Drug", "drug", "Dose", "dose", "Unit", "unit", "Route", "route",
            "Doses per day", "doses_per_day", "Most doses a day", "doses_per_day", "Start", "start", "Stop", "stop",
            "Outcome", "outcome");

    /** Checks one row as the order form does (MedicationOrder's constructor, nothing in the future by {@code clock}). */
    static Optional<OrderLine> parse(CsvRow row, Clock clock, CellProblems problems) {
        Optional<PatientId> patient = problems.cell("patient_id", PatientId::new);
        Optional<BigDecimal> dose = problems.cell("dose", OrderLine::decimal);
        Optional<DoseUnit> unit = problems.coded("unit", DoseUnit.class);
        Optional<Route> route = problems.coded("route", Route.class);
        Optional<OrderKind> kind = problems.cell("kind", text -> text.isEmpty() ? OrderKind.SCHEDULED : coded(OrderKind.class, text));
        Optional<Indication> indication = problems.cell("indication", text -> coded(Indication.class, text));
        Optional<TrialOutcome> outcome = problems.cell("outcome", text -> text.isEmpty() ? null : coded(TrialOutcome.class, text));
        // Empty for an infusion or a PCA (they have none); the kind's own rule says so when it is missing or extra.
        Optional<BigDecimal> perDay = problems.cell("doses_per_day", text -> text.isEmpty() ? null : decimal(text));
        Optional<OffsetDateTime> start = problems.cell("start", text -> {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty; an order needs the time it started");
            }
            return ExchangeTimes.parseTime(text);
        });
        Optional<OffsetDateTime> stop = problems.cell("stop", text -> text.isEmpty() ? null : ExchangeTimes.parseTime(text));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            MedicationOrder order = new MedicationOrder(OrderId.random(), patient.get(), row.get("drug"), dose.get(), unit.get(),
                    route.get(), perDay.orElse(null), start.get(), stop.orElse(null), row.get("note"), kind.orElse(OrderKind.SCHEDULED),
                    indication.orElse(Indication.NOT_RECORDED), outcome.orElse(null));
            order.requireNotInFuture(clock.instant());
            return Optional.of(new OrderLine(row.line(), order));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.fromDomain(e, FIELDS, "drug");
            return Optional.empty();
        }
    }

    /** A code from a closed list, or a message naming the allowed codes (an empty code reads as "(empty)"). */
    static <E extends Enum<E> & Coded> E coded(Class<E> type, String text) {
        return Coded.byCode(type, text).orElseThrow(() -> new IllegalArgumentException("'" + text
                + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(e -> e.code().isEmpty() ? "(empty)" : e.code())
                .collect(Collectors.joining(", "))));
    }

    /** A plain decimal number, as medications.csv and administrations.csv write doses. */
    static BigDecimal decimal(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty; a number is required");
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a plain decimal number such as 10 or 2.5");
        }
        return new BigDecimal(text);
    }

    OrderKey key() {
        return OrderKey.of(order);
    }

    /**
     * What makes an order "already there" (shared/exchange-format.md): same patient, drug, kind, dose, unit, route,
     * doses per day and start. Decimals compare by value ("10" and "10.0" are one dose), times by instant.
     */
    record OrderKey(PatientId patient, String drug, OrderKind kind, BigDecimal dose, DoseUnit unit, Route route, BigDecimal dosesPerDay,
                    Instant start) {
        static OrderKey of(MedicationOrder o) {
            return new OrderKey(o.patientId(), o.drug(), o.kind(), o.dose().stripTrailingZeros(), o.unit(), o.route(),
                    o.dosesPerDay() == null ? null : o.dosesPerDay().stripTrailingZeros(), o.start().toInstant());
        }
    }
}
