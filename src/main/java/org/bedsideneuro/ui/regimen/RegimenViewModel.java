package org.bedsideneuro.ui.regimen;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.CurrentMme;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.FirstLineHistory;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.NotCountedOrder;
import org.bedsideneuro.domain.regimen.NotCountedReason;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.persistence.EhrSource;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/**
 * The patient's regimen: orders (running first, then newest first), the current daily MME shown prominently with
 * every running order that is not counted named (never silently zero), and the forms for add, stop, change and
 * rotation. {@code afterSave} tells the rest of the page (trend, flags) that the regimen changed.
 */
public final class RegimenViewModel {
    private static final Comparator<OrderRow> ORDER = Comparator.comparing((OrderRow r) -> !r.running())
            .thenComparing(r -> r.order().start().toInstant(), Comparator.reverseOrder());

    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;
    /** The ward's table in force (its parenteral factors), read with each load; the default until the first. */
    private MmeTable table = MmeTable.standard();
    private final ReadOnlyStringWrapper factorsInForce = new ReadOnlyStringWrapper(this, "factorsInForce", "");
    private final Runnable afterSave;

    private final ReadOnlyObjectWrapper<Patient> patient = new ReadOnlyObjectWrapper<>(this, "patient");
    private final ObservableList<OrderRow> orders = FXCollections.observableArrayList();
    private final ObservableList<OrderRow> ordersView = FXCollections.unmodifiableObservableList(orders);
    private final ReadOnlyStringWrapper currentMme = new ReadOnlyStringWrapper(this, "currentMme", "");
    private final ReadOnlyStringWrapper firstLinePlan = new ReadOnlyStringWrapper(this, "firstLinePlan", "");
    private final ReadOnlyStringWrapper notCounted = new ReadOnlyStringWrapper(this, "notCounted", "");
    private final ReadOnlyStringWrapper breakdown = new ReadOnlyStringWrapper(this, "breakdown", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    /** Counts loads, so a slow answer for the previous patient cannot overwrite the one on screen. */
    private long generation;

    public RegimenViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner, Runnable afterSave) {
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.afterSave = Objects.requireNonNull(afterSave, "afterSave");
        this.formats = new ClinicalFormats(clock);
    }

    /** Whether the person recording may add, stop, change or rotate orders (the window hides what a role cannot do). */
    public boolean canManageOrders() {
        return Permissions.allows(clinician, false, Action.MANAGE_MEDICATION);
    }

    /** Shows this patient's regimen (loads it even when the same patient is opened again: it may have changed). */
    public void show(Patient shown) {
        patient.set(Objects.requireNonNull(shown, "patient"));
        refresh();
    }

    /** Reloads the orders of the patient on screen. */
    public void refresh() {
        Patient shown = patient.get();
        long thisLoad = ++generation;
        if (shown == null) {
            orders.clear();
            return;
        }
        loaded.set(false);
        runner.run(() -> records.read(s -> new Regimen(s.medications().forPatient(shown.id()), s.administrations().current(shown.id()),
                        s.parenteralFactors().inForce(), s.ehrSources().latestByRecord(shown.id()))),
                loaded -> {
                    if (thisLoad == generation) {
                        show(loaded);
                    }
                }, failure -> notice.set(Notice.of(failure)));
    }

    /** The patient's orders and the administrations that stand under them, read together. */
    private record Regimen(List<MedicationOrder> orders, List<Administration> administrations,
                           ParenteralFactors factors, Map<String, EhrSource> sources) {
    }

    private void show(Regimen regimen) {
        Instant now = clock.instant();
        table = regimen.factors().table();
        // Named wherever an MME is shown (clinical reference section 6): published tables differ up to three times.
        factorsInForce.set(regimen.factors().inForceLine(clock.getZone()));
        List<MedicationOrder> loadedOrders = regimen.orders();
        orders.setAll(loadedOrders.stream().map(o -> OrderRow.of(o, table, formats, now).from(Optional.ofNullable(regimen.sources().get(o.id().toString()))
                .map(source -> "From the EHR: " + source.describe()).orElse(""))).sorted(ORDER).toList());
        // As given: PRN and PCA amounts of the last 24 hours count (clinical reference section 6).
        CurrentMme current = new DailyMme(table, clock.getZone()).currentMme(loadedOrders, regimen.administrations(), now);
        currentMme.set("Current daily MME: " + current.mme().stripTrailingZeros().toPlainString()
                + (current.notCounted().stream().anyMatch(RegimenViewModel::opioid) ? " + opioids not counted" : ""));
        // Each order's part of the current MME: as ordered, as given (PRN doses of the last 24 hours), by rate or as delivered.
        breakdown.set(current.counted().stream().map(MmeContribution::describe).collect(Collectors.joining("\n")));
        notCounted.set(current.notCounted().stream().filter(RegimenViewModel::opioid).map(NotCountedOrder::describe)
                .map(t -> "Not counted: " + t).collect(Collectors.joining("\n")));
        firstLinePlan.set(planText(FirstLineHistory.of(loadedOrders, now)));
        loaded.set(true);
    }

    /** The neuropathic-pain plan (clinical reference section 8): empty when no first-line agent was ever ordered. */
    static String planText(FirstLineHistory history) {
        if (history.agents().isEmpty()) {
            return "";
        }
        return "Neuropathic-pain plan, first-line agents (" + history.failedClasses() + " of 2 classes tried and ended ineffective or"
                + " not tolerated before an opioid, seed 004):\n" + history.agents().stream().map(FirstLineHistory.Agent::describe)
                .map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    private static boolean opioid(NotCountedOrder n) {
        return n.why().reason() != NotCountedReason.ADJUVANT;
    }

    public OrderFormViewModel newOrderForm() {
        return new OrderFormViewModel(records, clinician, clock, runner, requirePatient().id(), null).runningBeside(runningOrders())
                .withHistory(allOrders()).countedWith(table);
    }

    /** A change: the form starts from the old order; saving stops it and starts the new one in one transaction. */
    public OrderFormViewModel changeForm(OrderRow row) {
        requireRunning(row);
        return new OrderFormViewModel(records, clinician, clock, runner, requirePatient().id(), row.order()).runningBeside(runningOrders())
                .withHistory(allOrders()).countedWith(table);
    }

    public RotationViewModel rotationForm(OrderRow row) {
        requireRunning(row);
        if (!DrugCatalog.isOpioid(row.order().drug())) {
            throw new IllegalArgumentException(row.drug() + " is not an opioid: use Change instead of rotation.");
        }
        return new RotationViewModel(row.order(), changeForm(row), table);
    }

    public StopOrderViewModel stopForm(OrderRow row) {
        requireRunning(row);
        return new StopOrderViewModel(records, clinician, clock, runner, row.order());
    }

    /** After any form saved: say so, reload, and tell the page. */
    public void saved(String what) {
        notice.set(Notice.info(what));
        refresh();
        afterSave.run();
    }

    public List<MmeTableRow> mmeTable() {
        return MmeTableRow.of(table);
    }

    private Patient requirePatient() {
        return Objects.requireNonNull(patient.get(), "no patient shown");
    }

    private static void requireRunning(OrderRow row) {
        if (!row.running()) {
            throw new IllegalArgumentException("This order has already stopped.");
        }
    }

    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient.getReadOnlyProperty(); }
    public ObservableList<OrderRow> orders() { return ordersView; }

    /** Every order of the patient on screen, stopped ones too. */
    private List<MedicationOrder> allOrders() {
        return ordersView.stream().map(OrderRow::order).toList();
    }

    /** The orders running now, for the order form's prescribing-safety check. */
    private List<MedicationOrder> runningOrders() {
        return ordersView.stream().filter(OrderRow::running).map(OrderRow::order).toList();
    }
    public ReadOnlyStringProperty currentMmeProperty() { return currentMme.getReadOnlyProperty(); }
    /** First-line agents the patient has had, each with highest dose, time it ran and how its trial ended. */
    public ReadOnlyStringProperty firstLinePlanProperty() { return firstLinePlan.getReadOnlyProperty(); }
    /** Each order's part of the current MME, one line each. */
    public ReadOnlyStringProperty breakdownProperty() { return breakdown.getReadOnlyProperty(); }
    /** "Parenteral factors: NCI PDQ, set 2026-12-01 by …". */
    public ReadOnlyStringProperty factorsInForceProperty() { return factorsInForce.getReadOnlyProperty(); }
    /** The MME table in force for this ward. */
    MmeTable table() { return table; }
    /** One line per running opioid order not counted in the MME, with the reason. */
    public ReadOnlyStringProperty notCountedProperty() { return notCounted.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public ClinicalFormats formats() { return formats; }
}
