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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeFactorLookup;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.PrescribingSafety;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The order form, for a new order or for a change. A change (and a rotation, which is a change with a proposed dose)
 * stops the old order at the new one's start and adds the new one in ONE transaction: a regimen never shows both
 * running, nor neither. Each field has its own message, shown next to it.
 */
public final class OrderFormViewModel {
    private final WardRecords records;
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
    private final ObjectProperty<OrderKind> kind = new SimpleObjectProperty<>(this, "kind", OrderKind.SCHEDULED);
    private final ObjectProperty<Indication> indication = new SimpleObjectProperty<>(this, "indication", Indication.NOT_RECORDED);
    /** The units and routes the chosen kind allows: the form offers nothing else (clinical reference section 6). */
    private final ObservableList<DoseUnit> units = FXCollections.observableArrayList();
    private final ObservableList<Route> routes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper doseLabel = new ReadOnlyStringWrapper(this, "doseLabel");
    private final ReadOnlyStringWrapper dosesPerDayLabel = new ReadOnlyStringWrapper(this, "dosesPerDayLabel");
    private final ReadOnlyBooleanWrapper dosesPerDayShown = new ReadOnlyBooleanWrapper(this, "dosesPerDayShown", true);

    private final ReadOnlyStringWrapper drugError = new ReadOnlyStringWrapper(this, "drugError", "");
    private final ReadOnlyStringWrapper doseError = new ReadOnlyStringWrapper(this, "doseError", "");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper(this, "unitError", "");
    private final ReadOnlyStringWrapper dosesPerDayError = new ReadOnlyStringWrapper(this, "dosesPerDayError", "");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper(this, "startError", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper mmePreview = new ReadOnlyStringWrapper(this, "mmePreview", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** Section 8's combinations this order would start beside the running ones; shown, never blocking. */
    private final ReadOnlyStringWrapper safetyWarning = new ReadOnlyStringWrapper(this, "safetyWarning", "");
    private List<MedicationOrder> running = List.of();
    private List<MedicationOrder> history = List.of();
    private MmeTable table = MmeTable.standard();

    OrderFormViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner, PatientId patient,
                       MedicationOrder replaces) {
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.patient = Objects.requireNonNull(patient, "patient");
        this.replaces = replaces;
        OffsetDateTime now = OrderTimes.now(clock);
        startDate.set(now.atZoneSameInstant(clock.getZone()).toLocalDate());
        startTime.set(OrderTimes.HH_MM.format(now.atZoneSameInstant(clock.getZone())));
        fitToKind();
        if (replaces != null) {
            kind.set(replaces.kind());
            fitToKind();
            drug.set(replaces.drug());
            dose.set(replaces.dose().toPlainString());
            route.set(replaces.route());
            unit.set(replaces.unit());
            dosesPerDay.set(replaces.dosesPerDay() == null ? "" : replaces.dosesPerDay().toPlainString());
            indication.set(replaces.indication());
            note.set(replaces.note());
        }
        kind.addListener((obs, old, now2) -> fitToKind());
        // A patch is ordered in mcg/h and only a patch is: choosing the route picks the unit the clinician needs.
        route.addListener((obs, old, now2) -> {
            if (kind.get() != OrderKind.SCHEDULED) {
                return;
            }
            if (now2 == Route.TRANSDERMAL) {
                units.setAll(DoseUnit.MCG_PER_HOUR);
                unit.set(DoseUnit.MCG_PER_HOUR);
            } else {
                units.setAll(DoseUnit.MG, DoseUnit.MCG);
                if (!units.contains(unit.get())) {
                    unit.set(DoseUnit.MG);
                }
            }
        });
        Stream.of(drug, dose, dosesPerDay).forEach(p -> p.addListener((obs, o, n) -> updatePreview()));
        Stream.of(unit, route, kind, indication).forEach(p -> p.addListener((obs, o, n) -> updatePreview()));
        updatePreview();
    }

    /**
     * The fields the chosen kind needs and nothing else (clinical reference section 6): a scheduled dose a day; a PRN
     * dose and the most a day; an infusion's rate, iv or sc; a PCA's bolus, iv or sc (a basal rate is an infusion).
     */
    private void fitToKind() {
        OrderKind k = kind.get();
        switch (k) {
            case SCHEDULED -> {
                routes.setAll(Route.values());
                units.setAll(route.get() == Route.TRANSDERMAL ? List.of(DoseUnit.MCG_PER_HOUR) : List.of(DoseUnit.MG, DoseUnit.MCG));
                doseLabel.set("Dose per administration");
                dosesPerDayLabel.set("Doses per day");
            }
            case PRN -> {
                routes.setAll(Stream.of(Route.values()).filter(r -> r != Route.TRANSDERMAL).toList());
                units.setAll(DoseUnit.MG, DoseUnit.MCG);
                doseLabel.set("Dose each time");
                dosesPerDayLabel.set("Most doses a day");
            }
            case INFUSION -> {
                routes.setAll(Route.SC, Route.IV);
                units.setAll(DoseUnit.MG_PER_HOUR, DoseUnit.MCG_PER_HOUR);
                doseLabel.set("Rate");
                dosesPerDayLabel.set("");
            }
            case PCA -> {
                routes.setAll(Route.IV, Route.SC);
                units.setAll(DoseUnit.MG, DoseUnit.MCG);
                doseLabel.set("Bolus dose");
                dosesPerDayLabel.set("");
            }
        }
        dosesPerDayShown.set(k.hasDosesPerDay());
        if (!routes.contains(route.get())) {
            route.set(routes.get(0));
        }
        if (!units.contains(unit.get())) {
            unit.set(units.get(0));
        }
    }

    /**
     * The orders running now beside which this one is checked (clinical reference section 8): the warning shows in the
     * form before it is saved, and the order can still be saved. The order a change replaces is not among them.
     */
    OrderFormViewModel runningBeside(List<MedicationOrder> orders) {
        this.running = orders.stream().filter(o -> replaces == null || !o.id().equals(replaces.id())).toList();
        updatePreview();
        return this;
    }

    /** Every order of the patient, stopped ones too: the first-line trials an opioid for neuropathic pain is checked against. */
    OrderFormViewModel withHistory(List<MedicationOrder> orders) {
        this.history = List.copyOf(orders);
        updatePreview();
        return this;
    }

    /** The ward's MME table in force, for the preview (its parenteral factors, clinical reference section 6). */
    OrderFormViewModel countedWith(MmeTable inForce) {
        this.table = Objects.requireNonNull(inForce, "MME table");
        updatePreview();
        return this;
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
        String what = doseLabel.get().toLowerCase(Locale.ROOT);
        BigDecimal doseValue = number(dose.get(), doseError, "Enter the " + what + ", a number above 0.");
        if (doseValue != null && doseValue.signum() <= 0) {
            doseError.set("The " + what + " must be above 0.");
        }
        if (unit.get() == null || route.get() == null) {
            unitError.set("Choose a unit and a route.");
        } else if (!units.contains(unit.get()) || !routes.contains(route.get())) {
            unitError.set(kind.get() == OrderKind.INFUSION ? "An infusion runs iv or sc, at a rate in mg/h or mcg/h."
                    : "A transdermal patch is ordered in mcg/h, and mcg/h is only for a patch.");
        }
        BigDecimal perDay = null;
        if (kind.get().hasDosesPerDay()) {
            perDay = number(dosesPerDay.get(), dosesPerDayError, kind.get() == OrderKind.PRN
                    ? "Enter the most doses a day the order allows, for example 6." : "Enter how many doses a day, for example 4.");
            if (perDay != null && (perDay.signum() <= 0 || perDay.compareTo(MedicationOrder.MAX_DOSES_PER_DAY) > 0)) {
                dosesPerDayError.set(dosesPerDayLabel.get() + ": above 0 and at most " + MedicationOrder.MAX_DOSES_PER_DAY + ".");
            }
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
                    start, null, note.get(), kind.get(), indication.get(), null));
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
        runner.run(() -> records.orders().start(order, replaces, clinician), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            formError.set(failure.message());
        });
    }

    /** "This order: 60 MME/day" or why it is not counted, while typing; and the prescribing-safety warning. */
    private void updatePreview() {
        updateSafetyWarning();
        showMme();
    }

    private void updateSafetyWarning() {
        String name = drug.get() == null ? "" : drug.get().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            safetyWarning.set("");
            return;
        }
        List<String> warnings = new ArrayList<>(PrescribingSafety.warningsFor(name, running));
        PrescribingSafety.firstLineWarningFor(name, indication.get(), history, clock.instant()).ifPresent(warnings::add);
        safetyWarning.set(String.join("\n", warnings));
    }

    private void showMme() {
        String name = drug.get() == null ? "" : drug.get().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || route.get() == null) {
            mmePreview.set("");
            return;
        }
        MmeFactorLookup lookup = table.factorFor(name, route.get());
        if (lookup instanceof MmeFactorLookup.NotCounted n) {
            mmePreview.set("Not counted in MME: " + n.explanation());
            return;
        }
        MmeFactorLookup.Counted c = (MmeFactorLookup.Counted) lookup;
        if (kind.get() == OrderKind.PCA) {
            mmePreview.set("Counts what the pump delivers, from its readings (" + c.factor().describe() + ")");
            return;
        }
        try {
            BigDecimal d = new BigDecimal(dose.get().strip().replace(',', '.'));
            BigDecimal n = kind.get().hasDosesPerDay() ? new BigDecimal(dosesPerDay.get().strip().replace(',', '.')) : null;
            MedicationOrder sketch = new MedicationOrder(OrderId.random(), patient, name, d, unit.get(), route.get(), n,
                    OrderTimes.now(clock), null, "", kind.get(), Indication.NOT_RECORDED, null);
            String mme = c.dailyMme(sketch).stripTrailingZeros().toPlainString();
            mmePreview.set((kind.get() == OrderKind.PRN
                    ? "Ceiling " + mme + " MME/day if every dose is given; only doses given count"
                    : "This order: " + mme + " MME/day") + " (" + c.factor().describe() + ")");
        } catch (RuntimeException e) {
            mmePreview.set(c.factor().describe());
        }
    }

    public boolean isChange() { return replaces != null; }
    public ObjectProperty<OrderKind> kindProperty() { return kind; }
    public ObjectProperty<Indication> indicationProperty() { return indication; }
    public ObservableList<DoseUnit> units() { return units; }
    public ObservableList<Route> routes() { return routes; }
    public ReadOnlyStringProperty doseLabelProperty() { return doseLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty dosesPerDayLabelProperty() { return dosesPerDayLabel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dosesPerDayShownProperty() { return dosesPerDayShown.getReadOnlyProperty(); }
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
    public ReadOnlyStringProperty safetyWarningProperty() { return safetyWarning.getReadOnlyProperty(); }
}
