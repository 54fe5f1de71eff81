package org.bedsideneuro.ui.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * Flags of the last {@link #DAYS} days for every patient on the ward, for the ward list's "Flags" column. One read
 * brings all current exams and orders (one query per patient would be 500 round trips at scale), then each patient's
 * course is computed in memory, all off the FX thread.
 */
public final class WardFlags {
    /** The ward column counts flags of the last 7 days (issue #5), today included. */
    public static final int DAYS = 7;

    private final Database database;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ObservableMap<PatientId, List<Flag>> recent = FXCollections.observableHashMap();

    public WardFlags(Database database, Clock clock, BackgroundRunner runner) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Reloads every patient's recent flags. */
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> database.read(s -> recentFlags(s.patients().all(), s.exams().allCurrent(), s.medications().all(), clock, today)),
                loaded -> {
                    recent.keySet().retainAll(loaded.keySet());
                    recent.putAll(loaded);
                }, failure -> { }); // the ward shows its own notice for a database it cannot reach
    }

    /** Pure: each patient's flags dated from {@code today - DAYS + 1} to today. */
    static Map<PatientId, List<Flag>> recentFlags(List<Patient> patients, List<Exam> exams, List<MedicationOrder> orders,
                                                 Clock clock, LocalDate today) {
        Map<PatientId, List<Exam>> examsBy = exams.stream().collect(Collectors.groupingBy(Exam::patientId));
        Map<PatientId, List<MedicationOrder>> ordersBy = orders.stream().collect(Collectors.groupingBy(MedicationOrder::patientId));
        Map<PatientId, List<Flag>> flags = new HashMap<>();
        for (Patient p : patients) {
            List<Exam> e = examsBy.getOrDefault(p.id(), List.of());
            List<MedicationOrder> o = ordersBy.getOrDefault(p.id(), List.of());
            if (e.isEmpty() && o.isEmpty()) {
                flags.put(p.id(), List.of());
                continue;
            }
            PatientCourse course = TrendViewModel.course(p, e, o, clock.getZone(), today);
            flags.put(p.id(), course.flagsBetween(today.minusDays(DAYS - 1L), today));
        }
        return flags;
    }

    /** Recent flags by patient; a patient not yet loaded is absent. */
    public ObservableMap<PatientId, List<Flag>> recent() {
        return recent;
    }
}
