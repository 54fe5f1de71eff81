package org.bedsideneuro.ui.observation;

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
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The observation status of every patient on the ward, for the ward table's extra columns. One read of the whole ward
 * (patients, current exams, orders, intervals) per refresh, computed off the FX thread with the domain rules
 * (PatientCourse for the daily MME and the flag rules), then swapped in on the FX thread.
 */
public final class ObservationOverviewViewModel {
    private final Database database;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ObservableMap<PatientId, ObservationStatus> statuses = FXCollections.observableHashMap();
    private final ObservableMap<PatientId, ObservationStatus> statusesView = FXCollections.unmodifiableObservableMap(statuses);

    public ObservationOverviewViewModel(Database database, Clock clock, BackgroundRunner runner) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Reloads every patient's status; a failure leaves the last known one on screen (the ward view reports its own). */
    public void refresh() {
        runner.run(this::load, loaded -> {
            statuses.keySet().retainAll(loaded.keySet());
            statuses.putAll(loaded);
        }, failure -> { });
    }

    private Map<PatientId, ObservationStatus> load() {
        return database.read(s -> {
            List<Patient> patients = s.patients().all();
            Map<PatientId, List<Exam>> exams = s.exams().allCurrent().stream().collect(Collectors.groupingBy(Exam::patientId));
            Map<PatientId, List<MedicationOrder>> orders = s.medications().all().stream().collect(Collectors.groupingBy(MedicationOrder::patientId));
            Map<PatientId, ObservationSchedule> schedules = s.patientSettings().observationSchedules();
            LocalDate today = LocalDate.now(clock);
            MmeTable table = MmeTable.standard();
            Map<PatientId, ObservationStatus> result = new HashMap<>();
            for (Patient p : patients) {
                PatientCourse course = PatientCourse.of(p, exams.getOrDefault(p.id(), List.of()), orders.getOrDefault(p.id(), List.of()),
                        table, clock.getZone(), today);
                result.put(p.id(), ObservationStatus.of(course, schedules.getOrDefault(p.id(), ObservationSchedule.standard()), clock.instant()));
            }
            return result;
        });
    }

    /** By patient; a patient appears once the first load has finished. */
    public ObservableMap<PatientId, ObservationStatus> statuses() {
        return statusesView;
    }
}
