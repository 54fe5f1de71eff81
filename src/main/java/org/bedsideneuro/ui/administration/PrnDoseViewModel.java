package org.bedsideneuro.ui.administration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.service.AdministrationService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * Logging a PRN dose or a PCA pump reading: the running PRN orders and PCAs of one patient (the only one chosen for the nurse, or a choice when there
 * are several), the order's dose and the current time proposed, given unless said otherwise; saved with Enter. The
 * rules (order running, not in the future, the order's dose and daily maximum unless a note says why, a reason for a
 * held or refused dose) are the service's, and its message shows in the form.
 */
public final class PrnDoseViewModel {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final WardRecords records;
    private final AdministrationService service;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final Patient patient;

    private final ObservableList<MedicationOrder> orders = FXCollections.observableArrayList();
    private final ObjectProperty<MedicationOrder> order = new SimpleObjectProperty<>(this, "order");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<AdministrationStatus> status = new SimpleObjectProperty<>(this, "status", AdministrationStatus.GIVEN);
    private final ReadOnlyStringWrapper today = new ReadOnlyStringWrapper(this, "today", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private Map<OrderId, Long> givenToday = Map.of();
    private Map<OrderId, OffsetDateTime> lastReading = Map.of();

    public PrnDoseViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner, Patient patient) {
        this.records = Objects.requireNonNull(records, "records");
        this.service = records.administrations(clock);
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.patient = Objects.requireNonNull(patient, "patient");
        order.addListener((obs, old, now) -> propose(now));
    }

    /** Reads the running PRN orders and today's doses under them, then runs {@code then} on the FX thread. */
    public void load(Runnable then) {
        runner.run(() -> records.read(s -> {
            var now = clock.instant();
            List<MedicationOrder> prn = s.medications().forPatient(patient.id()).stream()
                    .filter(o -> (o.kind() == OrderKind.PRN || o.kind() == OrderKind.PCA) && o.runningAt(now)).toList();
            var dayStart = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
            Map<OrderId, Long> counts = new HashMap<>();
            for (Administration a : s.administrations().currentBetween(patient.id(), dayStart, now)) {
                if (a.status() == AdministrationStatus.GIVEN) {
                    counts.merge(a.orderId(), 1L, Long::sum);
                }
            }
            // A PCA reading covers the time since the pump's previous reading (or its start): section 6.
            Map<OrderId, OffsetDateTime> lastReading = new HashMap<>();
            for (MedicationOrder o : prn) {
                if (o.kind() == OrderKind.PCA) {
                    lastReading.put(o.id(), s.administrations().currentOfOrder(o.id()).stream().filter(Administration::isPcaReading)
                            .map(Administration::givenAt).max(Comparator.comparing(OffsetDateTime::toInstant)).orElse(o.start()));
                }
            }
            return new Loaded(prn, counts, lastReading);
        }), read -> {
            givenToday = read.givenToday();
            lastReading = read.lastReading();
            orders.setAll(read.orders());
            if (orders.isEmpty()) {
                message.set(patient.displayName() + " has no PRN (as needed) order or PCA running. They are added on the Regimen tab.");
            } else {
                order.set(orders.get(0));
            }
            loaded.set(true);
            then.run();
        }, failure -> {
            message.set(failure.message());
            loaded.set(true);
        });
    }

    private record Loaded(List<MedicationOrder> orders, Map<OrderId, Long> givenToday, Map<OrderId, OffsetDateTime> lastReading) {
    }

    private void propose(MedicationOrder o) {
        message.set("");
        if (o == null) {
            today.set("");
            return;
        }
        time.set(HH_MM.format(ZonedDateTime.now(clock)));
        if (o.kind() == OrderKind.PCA) {
            dose.set(""); // what the pump shows as delivered: read off the pump, never proposed
            status.set(AdministrationStatus.GIVEN);
            OffsetDateTime since = lastReading.getOrDefault(o.id(), o.start());
            today.set("Pump reading: the amount delivered since " + HH_MM.format(since.atZoneSameInstant(clock.getZone())) + " on "
                    + since.atZoneSameInstant(clock.getZone()).toLocalDate());
            return;
        }
        dose.set(o.dose().toPlainString());
        long given = givenToday.getOrDefault(o.id(), 0L);
        today.set(given + " given today of at most " + o.dosesPerDay().stripTrailingZeros().toPlainString() + " a day");
    }

    /** Saves with the service's rules; {@code onSaved} runs on the FX thread with what was recorded. */
    public void save(Consumer<Administration> onSaved) {
        MedicationOrder o = order.get();
        if (o == null || saving.get()) {
            return;
        }
        BigDecimal amount;
        OffsetDateTime at;
        try {
            amount = new BigDecimal(dose.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            message.set(o.kind() == OrderKind.PCA ? "Enter the amount the pump shows as delivered since its last reading."
                    : "Enter the dose given, a number such as " + o.dose().toPlainString() + ".");
            return;
        }
        try {
            LocalTime t = LocalTime.parse(time.get().strip(), DateTimeFormatter.ofPattern("H:mm"));
            at = LocalDate.now(clock).atTime(t).atZone(clock.getZone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            message.set("Enter the time as hours and minutes, for example 14:05.");
            return;
        }
        saving.set(true);
        message.set("");
        boolean pca = o.kind() == OrderKind.PCA;
        OffsetDateTime since = lastReading.getOrDefault(o.id(), o.start());
        runner.run(() -> pca ? service.recordPcaReading(o.id(), since, at, amount, o.unit(), note.get(), clinician, clinician)
                : service.recordDose(o.id(), at, amount, o.unit(), status.get(), note.get(), clinician, clinician), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            message.set(failure.message());
        });
    }

    /** "oxycodone oral 5 mg PRN, at most 6/day" for the order choice. */
    public static String describe(MedicationOrder o) {
        return o == null ? "" : o.summary();
    }

    public Patient patient() { return patient; }
    public ObservableList<MedicationOrder> orders() { return orders; }
    public ObjectProperty<MedicationOrder> orderProperty() { return order; }
    public StringProperty doseProperty() { return dose; }
    public StringProperty timeProperty() { return time; }
    public StringProperty noteProperty() { return note; }
    public ObjectProperty<AdministrationStatus> statusProperty() { return status; }
    public ReadOnlyStringProperty todayProperty() { return today.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
