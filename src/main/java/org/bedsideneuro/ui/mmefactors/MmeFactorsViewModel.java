package org.bedsideneuro.ui.mmefactors;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.service.MmeFactorService;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * The administrator's choice of the ward's parenteral MME factors: the table in force and every past choice (read in
 * the background), a preset previewed with what it would change, or a typed table with one source. Saving goes
 * through {@link MmeFactorService}, which refuses anyone but an administrator; a typed table is checked by the domain
 * here first, so an invalid one is explained and never sent.
 */
public final class MmeFactorsViewModel {
    private final MmeFactorService service;
    private final Clinician administrator;
    private final BackgroundRunner runner;
    private final ZoneId zone;
    private final ObjectProperty<ParenteralFactors> inForce = new SimpleObjectProperty<>(this, "inForce", ParenteralFactors.notChosen());
    private final ReadOnlyStringWrapper inForceLine = new ReadOnlyStringWrapper(this, "inForceLine", "");
    private final ObjectProperty<ParenteralPreset> chosenPreset = new SimpleObjectProperty<>(this, "chosenPreset");
    private final ObservableList<FactorRow> preview = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<ChoiceRow> history = FXCollections.observableArrayList();
    private final ObservableList<CustomFactorRow> customRows = FXCollections.observableArrayList();
    private final StringProperty customSource = new SimpleStringProperty(this, "customSource", "");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

    public MmeFactorsViewModel(MmeFactorService service, Clinician administrator, BackgroundRunner runner, ZoneId zone) {
        this.service = Objects.requireNonNull(service, "service");
        this.administrator = Objects.requireNonNull(administrator, "administrator");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.zone = Objects.requireNonNull(zone, "zone");
        inForce.addListener((obs, old, now) -> {
            inForceLine.set(now.inForceLine(zone));
            showPreview();
        });
        chosenPreset.addListener((obs, old, now) -> showPreview());
    }

    /** Reads the table in force and the history; the preset in force (or the default) is chosen for preview. */
    public void load() {
        runner.run(() -> new Loaded(service.inForce(), service.history()), this::show, f -> notice.set(Notice.of(f)));
    }

    private record Loaded(ParenteralFactors inForce, List<ParenteralFactors> history) {
    }

    private void show(Loaded loaded) {
        inForce.set(loaded.inForce());
        history.setAll(loaded.history().stream().map(c -> ChoiceRow.of(c, zone)).toList());
        if (chosenPreset.get() == null) {
            chosenPreset.set(loaded.inForce().preset().orElse(ParenteralPreset.DEFAULT));
        }
    }

    /** The chosen preset's factors, and each factor it would change against the table in force. */
    private void showPreview() {
        ParenteralPreset preset = chosenPreset.get();
        if (preset == null) {
            preview.clear();
            changes.clear();
            return;
        }
        preview.setAll(preset.factors().stream().map(FactorRow::of).toList());
        changes.setAll(ParenteralFactors.preset(preset, administrator, Instant.EPOCH).changesFrom(inForce.get()));
    }

    /** Puts the chosen preset in force as the logged-in administrator. */
    public void save() {
        ParenteralPreset preset = chosenPreset.get();
        if (preset == null) {
            notice.set(Notice.problem("Not saved: choose a preset first."));
            return;
        }
        runner.run(() -> service.choose(preset, administrator), this::saved, f -> notice.set(Notice.of(f)));
    }

    /** Puts the typed table in force; an invalid row or a missing source is explained and nothing is saved. */
    public void saveCustom() {
        List<MmeFactor> factors;
        try {
            factors = customFactors();
        } catch (IllegalArgumentException e) {
            notice.set(Notice.problem("Not saved: " + e.getMessage()));
            return;
        }
        runner.run(() -> service.chooseCustom(factors, administrator), this::saved, f -> notice.set(Notice.of(f)));
    }

    /** The typed rows as factors, checked as the repository will check them (each row, then the table as a whole). */
    private List<MmeFactor> customFactors() {
        List<MmeFactor> factors = new ArrayList<>();
        for (CustomFactorRow row : customRows) {
            factors.add(row.toFactor(customSource.get()));
        }
        ParenteralFactors.custom(factors, administrator, Instant.EPOCH);
        return factors;
    }

    private void saved(MmeFactorService.Change change) {
        String table = change.after().tableName();
        if (!change.written()) {
            notice.set(Notice.info(table + " was already in force: nothing changed."));
        } else {
            List<String> changed = change.factorChanges();
            notice.set(Notice.info("Parenteral factors now: " + table + (changed.isEmpty() ? "; no factor changed." : "; " + String.join("; ", changed) + ".")
                    + " Every MME shown from now on, past days included, uses this table."));
        }
        load();
    }

    public CustomFactorRow addCustomRow() {
        CustomFactorRow row = new CustomFactorRow();
        customRows.add(row);
        return row;
    }

    public void removeCustomRow(CustomFactorRow row) {
        customRows.remove(row);
    }

    /** The presets an administrator may choose from, in the clinical reference's order. */
    public List<ParenteralPreset> presets() { return List.of(ParenteralPreset.values()); }
    /** "parenteral factors: NCI PDQ, set 2026-12-01 by Dr A. Example". */
    public ReadOnlyStringProperty inForceLineProperty() { return inForceLine.getReadOnlyProperty(); }
    public ObjectProperty<ParenteralPreset> chosenPresetProperty() { return chosenPreset; }
    /** The chosen preset's factors with their sources. */
    public ObservableList<FactorRow> preview() { return preview; }
    /** "hydromorphone iv: 20 MME per mg -> 15 MME per mg": what saving the chosen preset would change. */
    public ObservableList<String> changes() { return changes; }
    /** Every choice, newest first. */
    public ObservableList<ChoiceRow> history() { return history; }
    public ObservableList<CustomFactorRow> customRows() { return customRows; }
    public StringProperty customSourceProperty() { return customSource; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
}
