package org.bedsideneuro.ui.administration;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.persistence.EhrSource;
import org.bedsideneuro.service.AdministrationService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * A patient's doses on the administration record, newest first, day by day, with the order each was given under and
 * who gave it. A wrong entry is withdrawn with a reason: it then no longer counts and leaves this list, and stays in the
 * audit trail and the record itself.
 */
public final class DosesViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WardRecords records;
    private final AdministrationService service;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ObservableList<DoseRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private Patient patient;

    public DosesViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.service = records.administrations(clock);
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public void show(Patient shown) {
        this.patient = Objects.requireNonNull(shown, "patient");
        runner.run(() -> records.read(s -> {
            Map<OrderId, MedicationOrder> orders = s.medications().forPatient(shown.id()).stream()
                    .collect(Collectors.toMap(MedicationOrder::id, Function.identity()));
            Map<String, EhrSource> sources = s.ehrSources().latestByRecord(shown.id());
            return s.administrations().current(shown.id()).stream()
                    .sorted(Comparator.comparing(Administration::instant).reversed())
                    .map(a -> row(a, orders.get(a.orderId()), sources.get(a.id().toString()))).toList();
        }), read -> {
            if (patient != null && patient.id().equals(shown.id())) {
                rows.setAll(read);
            }
        }, failure -> notice.set(Notice.of(failure)));
    }

    private DoseRow row(Administration a, MedicationOrder order, EhrSource source) {
        var at = a.givenAt().atZoneSameInstant(clock.getZone());
        String time = a.isPcaReading()
                ? TIME.format(a.periodStart().atZoneSameInstant(clock.getZone())) + "\u2013" + TIME.format(at)
                : TIME.format(at);
        String what = order == null ? a.orderId().toString() : order.summary();
        String dose = a.dose().toPlainString() + " " + a.unit().code() + (a.isPcaReading() ? " delivered" : "");
        return new DoseRow(a, DAY.format(at), time, what, dose, a.status().label(), a.givenBy().displayName(), a.note(),
                source == null ? "" : "From the EHR: " + source.describe());
    }

    /** Withdraws a wrong entry with the reason given; the list reloads. */
    public void withdraw(DoseRow row, String reason) {
        Patient shown = patient;
        runner.run(() -> {
            service.withdraw(row.administration().id(), reason, clinician);
            return Boolean.TRUE;
        }, done -> {
            notice.set(Notice.info("Dose record withdrawn (" + reason.strip() + "). It no longer counts; the record keeps it."));
            if (shown != null) {
                show(shown);
            }
        }, failure -> notice.set(Notice.of(failure)));
    }

    public ObservableList<DoseRow> rows() { return rows; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    List<DoseRow> snapshot() { return List.copyOf(rows); }
}
