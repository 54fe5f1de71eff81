package org.bedsideneuro.ui.regimen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.FirstLineHistory;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.TrialOutcome;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;

/** Stopping an order: the time defaults to now, may be earlier (after the start), never in the future. */
public final class StopOrderViewModel {
    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final MedicationOrder order;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** How the trial ended: asked when a first-line agent is stopped (clinical reference section 8). */
    private final ObjectProperty<TrialOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");

    StopOrderViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner, MedicationOrder order) {
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.order = Objects.requireNonNull(order, "order");
        OffsetDateTime now = OrderTimes.now(clock);
        date.set(now.atZoneSameInstant(clock.getZone()).toLocalDate());
        time.set(OrderTimes.HH_MM.format(now.atZoneSameInstant(clock.getZone())));
    }

    /** Validates and saves the stop; {@code onStopped} runs on the FX thread. False when a message was set instead. */
    public boolean stop(Runnable onStopped) {
        error.set("");
        OffsetDateTime when;
        try {
            when = OrderTimes.parse(date.get(), time.get(), clock);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        if (!when.toInstant().isAfter(order.start().toInstant())) {
            error.set("An order stops after it started.");
            return false;
        }
        if (asksOutcome() && outcome.get() == null) {
            error.set("How did the trial of " + order.drug() + " end? Choose effective, ineffective, not tolerated or stopped for another reason.");
            return false;
        }
        TrialOutcome how = outcome.get();
        runner.run(() -> {
            records.orders().stop(order.id(), when, how, clinician);
            return null;
        }, done -> onStopped.run(), failure -> error.set(failure.message()));
        return true;
    }

    /** A first-line agent for neuropathic pain (section 8): its stop records how the trial ended. */
    public boolean asksOutcome() {
        return FirstLineHistory.firstLineClass(order.drug()).isPresent();
    }

    public ObjectProperty<TrialOutcome> outcomeProperty() { return outcome; }
    public MedicationOrder order() { return order; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
