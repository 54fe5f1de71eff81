package org.bedsideneuro.ui.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.domain.trend.TrendLanesBuilder;
import org.bedsideneuro.domain.trend.TrendReadout;
import org.bedsideneuro.domain.trend.TrendSeries;
import org.bedsideneuro.domain.trend.TrendSeriesBuilder;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/**
 * The patient's course for the Trend tab and the flag banner: loaded once per patient (one read: current exams and
 * orders), then every period is a view of it. Series are built off the FX thread; a newer request always wins over
 * an older one that finishes late.
 */
public final class TrendViewModel {
    private final WardRecords records;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;

    private final ReadOnlyObjectWrapper<Patient> patient = new ReadOnlyObjectWrapper<>(this, "patient");
    private final ReadOnlyObjectWrapper<PatientCourse> course = new ReadOnlyObjectWrapper<>(this, "course");
    private final ReadOnlyStringWrapper factorsInForce = new ReadOnlyStringWrapper(this, "factorsInForce", "");
    private final ReadOnlyObjectWrapper<TrendSeries> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyObjectWrapper<TrendLanes> lanes = new ReadOnlyObjectWrapper<>(this, "lanes");
    /** The day under the crosshair (null: none), and what the crosshair says for it. */
    private final ObjectProperty<LocalDate> crosshairDay = new SimpleObjectProperty<>(this, "crosshairDay");
    private final ReadOnlyObjectWrapper<TrendReadout> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private final ObjectProperty<TrendPeriod> period = new SimpleObjectProperty<>(this, "period", TrendSettings.period());
    /** The lanes opened into their detail, kept per computer with the period. */
    private Set<String> openedLanes = TrendSettings.openedLanes();
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper(this, "periodError", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<FlagLine> flagLines = FXCollections.observableArrayList();
    private final ObservableList<FlagLine> flagLinesView = FXCollections.unmodifiableObservableList(flagLines);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private Consumer<ExamId> examOpener = id -> { };
    /** Counts loads and builds, so a slow answer for an earlier patient or period never overwrites a newer one. */
    private long loadGeneration;
    private long buildGeneration;
    /** True while a zoom or pan sets the period and both dates: one rebuild after, not one per property. */
    private boolean adjusting;

    public TrendViewModel(WardRecords records, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.formats = new ClinicalFormats(clock);
        period.addListener((obs, old, now) -> {
            TrendSettings.save(now, openedLanes);
            if (!adjusting) {
                rebuild();
            }
        });
        customFrom.addListener((obs, old, now) -> rebuildIfCustom());
        customTo.addListener((obs, old, now) -> rebuildIfCustom());
        crosshairDay.addListener((obs, old, now) -> updateReadout());
    }

    /** The crosshair's readout for its day, from the lanes on screen and their course: pure and fast (no database). */
    private void updateReadout() {
        TrendLanes shown = lanes.get();
        PatientCourse loaded = course.get();
        LocalDate day = crosshairDay.get();
        readout.set(shown == null || loaded == null || day == null ? null : TrendReadout.of(day, shown, loaded));
    }

    /** Moves the crosshair by {@code days} (the arrow keys), staying inside the period; from its last day when none. */
    public void moveCrosshair(int days) {
        TrendSeries shown = series.get();
        if (shown == null) {
            return;
        }
        LocalDate day = crosshairDay.get() == null ? shown.to() : crosshairDay.get().plusDays(days);
        crosshairDay.set(day.isBefore(shown.from()) ? shown.from() : day.isAfter(shown.to()) ? shown.to() : day);
    }

    /** The lanes opened into their detail. */
    public Set<String> openedLanes() {
        return openedLanes;
    }

    /** The lanes opened changed: kept for this computer with the period. */
    void openedLanesChanged(Set<String> opened) {
        openedLanes = Set.copyOf(opened);
        TrendSettings.save(period.get(), openedLanes);
    }

    /** Zooms to {@code from}..{@code to} (dragged across the time axis): a custom period. */
    public void zoomTo(LocalDate from, LocalDate to) {
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        adjusting = true;
        try {
            customFrom.set(first);
            customTo.set(last);
            period.set(TrendPeriod.CUSTOM);
        } finally {
            adjusting = false;
        }
        rebuild();
    }

    /** Pans the period on screen by {@code days} (negative: back in time), keeping its length. */
    public void panBy(long days) {
        TrendSeries shown = series.get();
        if (shown == null || days == 0) {
            return;
        }
        zoomTo(shown.from().plusDays(days), shown.to().plusDays(days));
    }

    /**
     * The benchmark's seam: every series of the trend view for {@code from}..{@code to}, built synchronously on the
     * calling thread from a course already loaded.
     */
    public static TrendSeries build(PatientCourse course, LocalDate from, LocalDate to) {
        return new TrendSeriesBuilder(course.zone()).build(course, from, to);
    }

    /** The series of {@code from}..{@code to} and the overview's lanes drawn from them: what one period shows. */
    public static TrendLanes lanes(PatientCourse course, LocalDate from, LocalDate to) {
        return new TrendLanesBuilder(course.zone()).build(course, build(course, from, to));
    }

    /** A course from exams and orders alone (no doses charted), standard MME table, the clock's zone and day. */
    public static PatientCourse course(Patient patient, List<Exam> exams,
                                       List<MedicationOrder> orders, ZoneId zone, LocalDate today) {
        return PatientCourse.of(patient, exams, orders, List.of(), MmeTable.standard(), zone, today);
    }

    public void show(Patient shown) {
        patient.set(Objects.requireNonNull(shown, "patient"));
        course.set(null);
        crosshairDay.set(null);
        lanes.set(null);
        series.set(null);
        flagLines.clear();
        refresh();
    }

    /** Reloads the course (an exam or an order was saved) and rebuilds the period on screen. */
    public void refresh() {
        Patient shown = patient.get();
        if (shown == null) {
            return;
        }
        long thisLoad = ++loadGeneration;
        long thisBuild = ++buildGeneration;
        LocalDate today = formats.today();
        Optional<LocalDate[]> requested = requestedRange(null);
        runner.run(() -> {
            var factors = new AtomicReference<ParenteralFactors>();
            PatientCourse loaded = records.read(s -> {
                factors.set(s.parenteralFactors().inForce());
                return PatientCourse.of(shown, s.exams().current(shown.id()), s.medications().forPatient(shown.id()),
                        s.administrations().current(shown.id()), factors.get().table(), clock.getZone(), today);
            });
            LocalDate[] range = requested.orElseGet(() -> range(loaded));
            return new Loaded(loaded, lanes(loaded, range[0], range[1]), factors.get().inForceLine(clock.getZone()));
        }, result -> {
            if (thisLoad == loadGeneration) {
                factorsInForce.set(result.factors());
                course.set(result.course());
                flagLines.setAll(FlagLine.newestFirst(result.course().flags(), formats));
                if (thisBuild == buildGeneration) {
                    showSeries(result.lanes());
                } else {
                    rebuild(); // the period changed while loading: build it from the new course
                }
            }
        }, failure -> notice.set(Notice.of(failure)));
    }

    private record Loaded(PatientCourse course, TrendLanes lanes, String factors) {
    }

    private void rebuildIfCustom() {
        if (period.get() == TrendPeriod.CUSTOM && !adjusting) {
            rebuild();
        }
    }

    /** The period changed: build its series off the FX thread from the course already loaded. */
    private void rebuild() {
        PatientCourse loaded = course.get();
        if (loaded == null) {
            return;
        }
        Optional<LocalDate[]> range = requestedRange(loaded);
        if (range.isEmpty()) {
            return;
        }
        long thisBuild = ++buildGeneration;
        runner.run(() -> lanes(loaded, range.get()[0], range.get()[1]), built -> {
            if (thisBuild == buildGeneration) {
                showSeries(built);
            }
        }, failure -> notice.set(Notice.of(failure)));
    }

    /** The dates of the period chosen, or empty with a message when the custom dates do not make a period. */
    private Optional<LocalDate[]> requestedRange(PatientCourse loaded) {
        periodError.set("");
        LocalDate today = formats.today();
        TrendPeriod p = period.get();
        if (p == TrendPeriod.CUSTOM) {
            if (customFrom.get() == null || customTo.get() == null) {
                periodError.set("Choose both dates of the period.");
                return Optional.empty();
            }
            if (customTo.get().isBefore(customFrom.get())) {
                periodError.set("The period ends before it starts.");
                return Optional.empty();
            }
            return Optional.of(new LocalDate[] {customFrom.get(), customTo.get()});
        }
        if (p == TrendPeriod.ALL) {
            return loaded == null ? Optional.empty() : Optional.of(range(loaded));
        }
        return Optional.of(new LocalDate[] {today.minusDays(p.days() - 1L), today});
    }

    /** The whole course: its first record to today. */
    private static LocalDate[] range(PatientCourse loaded) {
        return new LocalDate[] {loaded.firstDay(), loaded.today()};
    }

    private void showSeries(TrendLanes builtLanes) {
        TrendSeries built = builtLanes.series();
        lanes.set(builtLanes);
        series.set(built);
        LocalDate day = crosshairDay.get();
        if (day != null && (day.isBefore(built.from()) || day.isAfter(built.to()))) {
            crosshairDay.set(null);
        }
        updateReadout();
        summary.set(formats.date(built.from()) + " to " + formats.date(built.to()) + " · " + built.flags().size()
                + (built.flags().size() == 1 ? " flag" : " flags") + " · " + built.recordedPoints() + " values recorded"
                + (built.drawnPoints() < built.recordedPoints() ? ", " + built.drawnPoints() + " drawn (thinned; flags and extremes kept)" : ""));
    }

    /** A point (or a flag) was clicked: open its exam in the History tab. */
    public void openExam(ExamId id) {
        examOpener.accept(id);
    }

    public void setExamOpener(Consumer<ExamId> opener) {
        this.examOpener = Objects.requireNonNull(opener, "opener");
    }

    public ReadOnlyObjectProperty<Patient> patientProperty() { return patient.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PatientCourse> courseProperty() { return course.getReadOnlyProperty(); }
    /** "parenteral factors: NCI PDQ, set … by …": named wherever an MME is shown (clinical reference section 6). */
    public ReadOnlyStringProperty factorsInForceProperty() { return factorsInForce.getReadOnlyProperty(); }

    /**
     * A day's daily MME with every order's contribution (clinical reference section 6): as given or as ordered, its
     * factor and that factor's source, a PRN order's ceiling beside it (never added), and the orders not counted.
     */
    public String mmeBreakdown(LocalDate day) {
        PatientCourse shown = course.get();
        if (shown == null) {
            return null;
        }
        var result = shown.mmeOn(day);
        StringBuilder text = new StringBuilder(formats.date(day) + ": " + result.mme().stripTrailingZeros().toPlainString() + " MME/day");
        for (var c : result.counted()) {
            text.append("\n").append(c.describe());
        }
        for (var n : result.uncountedOpioids()) {
            text.append("\nnot counted: ").append(n.describe());
        }
        if (!result.counted().isEmpty()) {
            text.append("\nsources: ").append(String.join("; ", result.counted().stream().map(c -> c.factor().source()).distinct().toList()));
        }
        return text.toString();
    }
    public ReadOnlyObjectProperty<TrendSeries> seriesProperty() { return series.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TrendLanes> lanesProperty() { return lanes.getReadOnlyProperty(); }
    public ObjectProperty<LocalDate> crosshairDayProperty() { return crosshairDay; }
    public ReadOnlyObjectProperty<TrendReadout> readoutProperty() { return readout.getReadOnlyProperty(); }
    public ObjectProperty<TrendPeriod> periodProperty() { return period; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public ReadOnlyStringProperty periodErrorProperty() { return periodError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The patient's flags, newest first, for the banner. */
    public ObservableList<FlagLine> flagLines() { return flagLinesView; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public ClinicalFormats formats() { return formats; }
}
