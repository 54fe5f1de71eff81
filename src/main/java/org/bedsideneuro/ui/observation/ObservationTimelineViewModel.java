package org.bedsideneuro.ui.observation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.trend.Thinning;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/**
 * A patient's observations over time: the jerk rate as a series (thinned for drawing, extremes
 * kept), the OIN signs as markers, the observations newest first with every version, and the patient's observation
 * interval.
 */
public final class ObservationTimelineViewModel {
    /** At most this many rate points are drawn (shared/engineering-notes.md: a few hundred at most). */
    static final int MAX_POINTS = 400;
    /** Point symbols only up to this many points: beyond it they cost seconds and hide the line. */
    static final int MAX_SYMBOLS = 200;

    private final WardRecords records;
    private final Clinician clinician;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;
    private final ReadOnlyObjectWrapper<Patient> patient = new ReadOnlyObjectWrapper<>(this, "patient");
    private final ObservableList<ObservationEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Point> ratePoints = FXCollections.observableArrayList();
    private final ObservableList<Point> signMarkers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ObservationSchedule> schedule = new ReadOnlyObjectWrapper<>(this, "schedule", ObservationSchedule.standard());
    private final ObjectProperty<ObservationEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper showSymbols = new ReadOnlyBooleanWrapper(this, "showSymbols", true);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final BooleanBinding canAmend = Bindings.createBooleanBinding(() -> mayRecord() && selected.get() != null && selected.get().isCurrent(), selected);
    private long generation;

    public ObservationTimelineViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.formats = new ClinicalFormats(clock);
    }

    private record Snapshot(List<RecordedExam> history, ObservationSchedule schedule) {
    }

    /** Loads this patient's observations; a slower answer for a previous patient is dropped. */
    public void show(Patient shown) {
        long thisLoad = ++generation;
        patient.set(shown);
        runner.run(() -> records.read(s -> new Snapshot(s.exams().history(shown.id()), s.patientSettings().observationSchedule(shown.id()))),
                snapshot -> {
                    if (thisLoad == generation) {
                        apply(snapshot);
                    }
                },
                failure -> notice.set(Notice.of(failure)));
    }

    private void apply(Snapshot snapshot) {
        // history() is newest first; the chart reads current versions oldest first.
        List<RecordedExam> observations = snapshot.history().stream().filter(r -> ObservationSchedule.isObservation(r.exam())).toList();
        entries.setAll(observations.stream().map(r -> ObservationEntry.of(r, formats)).toList());
        List<Exam> current = observations.stream().filter(RecordedExam::isCurrent).map(RecordedExam::exam)
                .sorted(Comparator.comparing(e -> e.recordedAt().toInstant())).toList();
        List<Point> rates = current.stream().flatMap(e -> JerkRate.of(e).stream().map(r -> new Point(x(e), r.doubleValue(), ObservationEntry.hasSign(e)))).toList();
        // The trend view's thinning (one algorithm for every chart): LTTB, extremes kept, and the rate of every
        // observation with an OIN sign kept too, so the line passes through the markers drawn on it.
        List<Point> thinned = Thinning.thin(rates, Point::x, Point::y, Point::sign, MAX_POINTS);
        showSymbols.set(thinned.size() <= MAX_SYMBOLS);
        ratePoints.setAll(thinned);
        // Markers sit on the rate line where there is one, on the axis otherwise; never thinned away (they are few and matter).
        signMarkers.setAll(current.stream().filter(ObservationEntry::hasSign)
                .map(e -> new Point(x(e), JerkRate.of(e).map(BigDecimal::doubleValue).orElse(0.0), true)).toList());
        schedule.set(snapshot.schedule());
        selected.set(entries.isEmpty() ? null : entries.get(0));
    }

    /** A point of the rate chart: x in epoch milliseconds, y the rate per hour; {@code sign} when an OIN sign was seen. */
    public record Point(double x, double y, boolean sign) {
    }

    /** Chart x: epoch milliseconds of the observation. */
    static double x(Exam exam) {
        return exam.recordedAt().toInstant().toEpochMilli();
    }

    /** Sets how often this patient is to be observed; the ward's due marks follow on its next reload. */
    public void setSchedule(ObservationSchedule chosen) {
        Patient shown = patient.get();
        if (shown == null || chosen == null || chosen.equals(schedule.get())) {
            return;
        }
        runner.run(() -> records.patients().setObservationSchedule(shown.id(), chosen, clinician),
                saved -> {
                    schedule.set(saved);
                    notice.set(Notice.info("Observe " + shown.displayName() + " every " + label(saved) + "."));
                },
                failure -> notice.set(Notice.of(failure)));
    }

    /** "4 h", "30 min". */
    static String label(ObservationSchedule s) {
        long m = s.minutes();
        return m % 60 == 0 ? m / 60 + " h" : m + " min";
    }

    /** The intervals offered: the usual nursing spacings. */
    static List<ObservationSchedule> choices() {
        return List.of(30, 60, 120, 240, 360, 480, 720, 1440).stream().map(ObservationSchedule::everyMinutes).toList();
    }

    public String axisLabel(double x) {
        return formats.dateTime(Instant.ofEpochMilli((long) x));
    }

    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient.getReadOnlyProperty(); }
    public ObservableList<ObservationEntry> entries() { return entries; }
    public ObservableList<Point> ratePoints() { return ratePoints; }
    public ObservableList<Point> signMarkers() { return signMarkers; }
    public ReadOnlyObjectProperty<ObservationSchedule> scheduleProperty() { return schedule.getReadOnlyProperty(); }
    public ObjectProperty<ObservationEntry> selectedProperty() { return selected; }
    public BooleanBinding canAmend() { return canAmend; }
    /** Observations and their interval are a nurse's or a neurologist's: hidden from anyone else. */
    public boolean mayRecord() {
        return Permissions.allows(clinician, false, Action.RECORD_OBSERVATION);
    }
    public ReadOnlyBooleanProperty showSymbolsProperty() { return showSymbols.getReadOnlyProperty(); }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
}
