package org.bedsideneuro.exchange;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.persistence.Session;

/**
 * Finds the order a row of administrations.csv names (patient, drug, route and start; and kind, where a PCA and its
 * basal infusion share those) among the orders in the database and those the folder's medications.csv adds. An order
 * of the folder that is already in the database is the stored one. Each patient's orders are read once per import.
 */
final class NamedOrders {
    private final Session session;
    private final Map<PatientId, List<OrderLine>> fileOrders;
    private final Set<OrderStartKey> refusedOrders;
    private final Map<PatientId, Map<OrderStartKey, List<MedicationOrder>>> byPatient = new HashMap<>();
    private final Set<OrderId> stored = new HashSet<>();

    NamedOrders(Session session, List<OrderLine> fileOrders, Set<OrderStartKey> refusedOrders) {
        this.session = session;
        this.fileOrders = fileOrders.stream().collect(Collectors.groupingBy(o -> o.order().patientId()));
        this.refusedOrders = refusedOrders;
    }

    /** True for an order already in the database (it may have doses on record); false for one this import adds. */
    boolean isStored(OrderId order) {
        return stored.contains(order);
    }

    /**
     * The one order {@code line} names; otherwise empty, with the problem added to {@code problems}, unless the order
     * it names is a refused row of medications.csv (reported there already).
     */
    Optional<MedicationOrder> find(AdministrationLine line, List<ExchangeProblem> problems) throws SQLException {
        List<MedicationOrder> started = ordersOf(line.patient()).getOrDefault(line.order(), List.of());
        if (started.isEmpty()) {
            if (!refusedOrders.contains(line.order())) {
                problems.add(line.problem("order_start", "no " + line.order().drug() + " " + line.order().route().code()
                        + " order started at " + ExchangeTimes.format(line.orderStart()) + " for " + line.patient()
                        + " in medications.csv or in the database"));
            }
            return Optional.empty();
        }
        List<MedicationOrder> ofKind = line.orderKind() == null ? started
                : started.stream().filter(o -> o.kind() == line.orderKind()).toList();
        if (ofKind.size() == 1) {
            return Optional.of(ofKind.get(0));
        }
        if (ofKind.isEmpty()) {
            problems.add(line.problem("order_kind", "no " + line.orderKind().code() + " order of " + what(line)
                    + "; started then: " + summaries(started)));
        } else if (line.orderKind() == null && ofKind.stream().map(MedicationOrder::kind).distinct().count() == ofKind.size()) {
            problems.add(line.problem("order_kind", count(ofKind) + " orders of " + what(line) + " (" + summaries(ofKind)
                    + "); say which in order_kind"));
        } else {
            problems.add(line.problem("order_start", count(ofKind) + " orders of " + what(line) + " (" + summaries(ofKind)
                    + "); a dose cannot say which of them it was given under"));
        }
        return Optional.empty();
    }

    private static String what(AdministrationLine line) {
        return line.order().drug() + " " + line.order().route().code() + " started at " + ExchangeTimes.format(line.orderStart());
    }

    /** By kind, then as written: the same orders read the same in every run (orders started together tie on time). */
    private static String summaries(List<MedicationOrder> orders) {
        return orders.stream().sorted(Comparator.comparing(MedicationOrder::kind).thenComparing(MedicationOrder::summary))
                .map(MedicationOrder::summary).collect(Collectors.joining("; "));
    }

    private static String count(List<MedicationOrder> orders) {
        return orders.size() == 2 ? "two" : String.valueOf(orders.size());
    }

    private Map<OrderStartKey, List<MedicationOrder>> ordersOf(PatientId patient) throws SQLException {
        Map<OrderStartKey, List<MedicationOrder>> orders = byPatient.get(patient);
        if (orders != null) {
            return orders;
        }
        orders = new LinkedHashMap<>();
        Set<OrderLine.OrderKey> storedKeys = new HashSet<>();
        for (MedicationOrder o : session.medications().forPatient(patient)) {
            orders.computeIfAbsent(OrderStartKey.of(o), k -> new ArrayList<>()).add(o);
            storedKeys.add(OrderLine.OrderKey.of(o));
            stored.add(o.id());
        }
        for (OrderLine line : fileOrders.getOrDefault(patient, List.of())) {
            if (!storedKeys.contains(line.key())) {
                orders.computeIfAbsent(OrderStartKey.of(line.order()), k -> new ArrayList<>()).add(line.order());
            }
        }
        byPatient.put(patient, orders);
        return orders;
    }
}
