package org.bedsideneuro.ui.regimen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeFactorLookup;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The order form, for a new order or for a change. A change (and a rotation, which is a change with a proposed dose)
 * stops the old order at the new one's start and adds the new one in ONE transaction: a regimen never shows both
 * running, nor neither. Each field has its own message, shown next to it.
 */
public final class OrderFormViewModel {
    private final Database database;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final PatientId patient;
    /** The order this one replaces (change, rotation), or null for a new order. */
    private final MedicationOrder replaces;

    private final StringProperty drug = new SimpleStringProperty(this, "drug", "");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final ObjectProperty<DoseUnit> unit = new SimpleObjectProperty<>(this, "unit", DoseUnit.MG);
    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(this, "route", Route.ORAL);
    private final StringProperty dosesPerDay = new SimpleStringProperty(this, "dosesPerDay", "");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    private final ReadOnlyStringWrapper drugError = new ReadOnlyStringWrapper(this, "drugError", "");
    private final ReadOnlyStringWrapper doseError = new ReadOnlyStringWrapper(this, "doseError", "");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper(this, "unitError", "");
    private final ReadOnlyStringWrapper dosesPerDayError = new ReadOnlyStringWrapper(this, "dosesPerDayError", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper mmePreview = new ReadOnlyStringWrapper(this, "mmePreview", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    OrderFormViewModel(Database database, Clinician clinician, Clock clock, BackgroundRunner runner, PatientId patient,
                       MedicationOrder replaces) {
        this.database = Objects.requireNonNull(database, "database");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.patient = Objects.requireNonNull(patient, "patient");
        this.replaces = replaces;
        OffsetDateTime now = OrderTimes.now(clock);
        startDate.set(now.atZoneSameInstant(clock.getZone()).toLocalDate());
        startTime.set(OrderTimes.HH_MM.format(now.atZoneSameInstant(clock.getZone())));
        if (replaces != null) {
            drug.set(replaces.drug());
            dose.set(replaces.dose().toPlainString());
            unit.set(replaces.unit());
            route.set(replaces.route());
            dosesPerDay.set(replaces.dosesPerDay().toPlainString());
            note.set(replaces.note());
        }
        // A patch is ordered in mcg/h and only a patch is: choosing the route picks the unit the clinician needs.
        route.addListener((obs, old, now2) -> {
            if (now2 == Route.TRANSDERMAL) {
                unit.set(DoseUnit.MCG_PER_HOUR);
            } else if (unit.get() == DoseUnit.MCG_PER_HOUR) {
                unit.set(DoseUnit.MG);
            }
        });
        Stream.of(drug, dose, dosesPerDay).forEach(p -> p.addListener((obs, o, n) -> updatePreview()));
        Stream.of(unit, route).forEach(p -> p.addListener((obs, o, n) -> updatePreview()));
        updatePreview();
    }

    /** Known drugs for the drug list: opioids first, then adjuvants; any other generic name may be typed. */
    public static List<String> knownDrugs() {
        List<String> drugs = new ArrayList<>(DrugCatalog.OPIOIDS.stream().sorted().toList());
        drugs.addAll(DrugCatalog.ADJUVANTS.stream().sorted().toList());
        return drugs;
    }

    /** Checks every field, sets each message, and returns the order when all are valid. */
    public Optional<MedicationOrder> validate() {
        List.of(drugError, doseError, unitError, dosesPerDayError, startError, formError).forEach(e -> e.set(""));
        String name = drug.get() == null ? "" : drug.get().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            drugError.set("Choose a drug or type its generic name.");
        } else if (!name.matches("[a-z][a-z0-9 \\-]{0,59}")) {
            drugError.set("Type the generic name (letters, digits, spaces, hyphens), for example morphine.");
        }
        BigDecimal doseValue = number(dose.get(), doseError, "Enter the dose per administration, a number above 0.");
        if (doseValue != null && doseValue.signum() <= 0) {
            doseError.set("The dose must be above 0.");
        }
        if (unit.get() == null || route.get() == null) {
            unitError.set("Choose a unit and a route.");
        } else if ((route.get() == Route.TRANSDERMAL) != (unit.get() == DoseUnit.MCG_PER_HOUR)) {
            unitError.set("A transdermal patch is ordered in mcg/h, and mcg/h is only for a patch.");
        }
        BigDecimal perDay = number(dosesPerDay.get(), dosesPerDayError, "Enter how many doses a day, for example 4.");
        if (perDay != null && (perDay.signum() <= 0 || perDay.compareTo(MedicationOrder.MAX_DOSES_PER_DAY) > 0)) {
            dosesPerDayError.set("Doses per day: above 0 and at most " + MedicationOrder.MAX_DOSES_PER_DAY + ".");
        }
        OffsetDateTime start = null;
        try {
            start = OrderTimes.parse(startDate.get(), startTime.get(), clock);
            if (replaces != null && !start.toInstant().isAfter(replaces.start().toInstant())) {
                startError.set("The new order starts when the old one stops: after its start ("
                        + OrderTimes.HH_MM.format(replaces.start().atZoneSameInstant(clock.getZone())) + " on "
                        + replaces.start().atZoneSameInstant(clock.getZone()).toLocalDate() + ").");
            }
        } catch (IllegalArgumentException e) {
            startError.set(e.getMessage());
        }
        if (Stream.of(drugError, doseError, unitError, dosesPerDayError, startError).anyMatch(e -> !e.get().isEmpty())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MedicationOrder(OrderId.random(), patient, name, doseValue, unit.get(), route.get(), perDay,
                    start, null, note.get()));
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static BigDecimal number(String text, ReadOnlyStringWrapper error, String message) {
        try {
            return new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            error.set(message);
            return null;
        }
    }

    /**
     * Validates and saves: a new order is added; a change stops the old order at the new start and adds the new one,
     * in one transaction. {@code onSaved} runs on the FX thread with the new order.
     */
    public void save(Consumer<MedicationOrder> onSaved) {
        Optional<MedicationOrder> valid = validate();
        if (valid.isEmpty() || saving.get()) {
            return;
        }
        MedicationOrder order = valid.get();
        saving.set(true);
        runner.run(() -> database.write(s -> {
            if (replaces != null) {
                s.medications().stop(replaces.id(), order.start(), clinician);
            }
            s.medications().add(order, clinician);
            return order;
        }), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            formError.set(failure.message());
        });
    }

    /** "This order: 60 MME/day" or why it is not counted, while typing. */
    private void updatePreview() {
        String name = drug.get() == null ? "" : drug.get().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || route.get() == null) {
            mmePreview.set("");
            return;
        }
        MmeFactorLookup lookup = MmeTable.standard().factorFor(name, route.get());
        if (lookup instanceof MmeFactorLookup.NotCounted n) {
            mmePreview.set("Not counted in MME: " + n.explanation());
            return;
        }
        try {
            BigDecimal d = new BigDecimal(dose.get().strip());
            BigDecimal n = new BigDecimal(dosesPerDay.get().strip());
            MmeFactorLookup.Counted c = (MmeFactorLookup.Counted) lookup;
            mmePreview.set("This order: " + c.factor().doseInFactorUnit(d, unit.get()).multiply(n).multiply(c.factor().factor())
                    .stripTrailingZeros().toPlainString() + " MME/day (" + c.factor().describe() + ")");
        } catch (RuntimeException e) {
            mmePreview.set(lookup instanceof MmeFactorLookup.Counted c ? c.factor().describe() : "");
        }
    }

    public boolean isChange() { return replaces != null; }
    public Optional<MedicationOrder> replaces() { return Optional.ofNullable(replaces); }
    public StringProperty drugProperty() { return drug; }
    public StringProperty doseProperty() { return dose; }
    public ObjectProperty<DoseUnit> unitProperty() { return unit; }
    public ObjectProperty<Route> routeProperty() { return route; }
    public StringProperty dosesPerDayProperty() { return dosesPerDay; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public StringProperty startTimeProperty() { return startTime; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyStringProperty drugErrorProperty() { return drugError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty doseErrorProperty() { return doseError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unitErrorProperty() { return unitError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dosesPerDayErrorProperty() { return dosesPerDayError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty startErrorProperty() { return startError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty mmePreviewProperty() { return mmePreview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
