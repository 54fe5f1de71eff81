package org.bedsideneuro.ui.observation;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.service.WardSnapshot;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Failure;

/**
 * The observation status of every patient on the ward, for the ward table's extra columns. In the main window the
 * statuses come with the ward's own read ({@link #show}, from {@link WardSnapshot}); {@link #refresh} reads them alone.
 * Either way only the recent exams each status depends on are read ({@link ObservationStatus#EVIDENCE}): computing
 * every patient's whole course took half a minute on a five-year ward.
 */
public final class ObservationOverviewViewModel {
    private final WardRecords records;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ObservableMap<PatientId, ObservationStatus> statuses = FXCollections.observableHashMap();
    private final ObservableMap<PatientId, ObservationStatus> statusesView = FXCollections.unmodifiableObservableMap(statuses);

    public ObservationOverviewViewModel(WardRecords records, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Reloads every patient's status; a failure leaves the last known one on screen (the ward view reports its own). */
    public void refresh() {
        runner.run(() -> records.read(s -> WardSnapshot.statuses(s, s.patients().all(), clock)), this::show,
                Failure.logged("Reading the ward's observation statuses"));
    }

    /** Shows these statuses (read with the ward list); patients absent from them leave the map. FX thread. */
    public void show(Map<PatientId, ObservationStatus> loaded) {
        statuses.keySet().retainAll(loaded.keySet());
        statuses.putAll(loaded);
    }

    /** By patient; a patient appears once the first load has finished. */
    public ObservableMap<PatientId, ObservationStatus> statuses() {
        return statusesView;
    }
}
