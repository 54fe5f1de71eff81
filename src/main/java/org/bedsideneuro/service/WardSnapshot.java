package org.bedsideneuro.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.bedsideneuro.persistence.RecordMark;
import org.bedsideneuro.persistence.Session;

/**
 * One read of the ward, in one transaction, for everything the ward screen shows: the patients and when
 * each was last recorded (the list), each patient's observation status (the ward's observation columns) and each record's
 * {@link RecordMark} (so the flags column recomputes only the records that changed). Every ward refresh reads this
 * once; before, the list, the statuses and the flags each read the ward, the last two every exam of it.
 *
 * @param today the day in the clock's zone when it was read
 */
public record WardSnapshot(List<Patient> patients, Map<PatientId, Instant> lastRecorded, Map<PatientId, ObservationStatus> statuses,
                           Map<PatientId, RecordMark> marks, LocalDate today) {
    public WardSnapshot {
        patients = List.copyOf(patients);
        lastRecorded = Map.copyOf(lastRecorded);
        statuses = Map.copyOf(statuses);
        marks = Map.copyOf(marks);
    }

    /** Reads the snapshot within the caller's transaction ({@code database.read(s -> WardSnapshot.read(s, clock))}). */
    public static WardSnapshot read(Session s, Clock clock) throws SQLException {
        return read(s, clock, (patients, last) -> { });
    }

    /** As {@link #read(Session, Clock)}, telling {@code listRead} the patients and last recorded times as soon as they are read. */
    public static WardSnapshot read(Session s, Clock clock, BiConsumer<List<Patient>, Map<PatientId, Instant>> listRead) throws SQLException {
        List<Patient> patients = s.patients().all();
        Map<PatientId, Instant> last = s.exams().lastRecorded();
        listRead.accept(List.copyOf(patients), Map.copyOf(last));
        return new WardSnapshot(patients, last, statuses(s, patients, clock), s.patients().recordMarks(), LocalDate.now(clock));
    }

    /**
     * Every patient's observation status at the clock's instant, from the recent exams it depends on
     * ({@link ObservationStatus#EVIDENCE}): on a five-year ward a few exams per patient, not the whole ward.
     */
    public static Map<PatientId, ObservationStatus> statuses(Session s, List<Patient> patients, Clock clock) throws SQLException {
        Map<PatientId, List<Exam>> recent = s.exams().currentSinceLatest(ObservationStatus.EVIDENCE);
        Map<PatientId, List<MedicationOrder>> orders = s.medications().all().stream().collect(Collectors.groupingBy(MedicationOrder::patientId));
        Map<PatientId, ObservationSchedule> schedules = s.patientSettings().observationSchedules();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Map<PatientId, List<Administration>> given = administrationsFrom(s, recent, zone);
        Instant now = clock.instant();
        MmeTable table = MmeFactorService.tableInForce(s); // the ward's parenteral factors (clinical reference section 6)
        Map<PatientId, ObservationStatus> result = new HashMap<>();
        for (Patient p : patients) {
            result.put(p.id(), ObservationStatus.ofRecent(p, recent.getOrDefault(p.id(), List.of()), orders.getOrDefault(p.id(), List.of()),
                    given.getOrDefault(p.id(), List.of()), table, zone, today, schedules.getOrDefault(p.id(), ObservationSchedule.standard()), now));
        }
        return result;
    }

    /**
     * The administrations that stand on and after the first day of anyone's recent exams: the status needs the daily
     * MME as given on those days only (a PCA reading that reaches into them is read at or after their start).
     */
    private static Map<PatientId, List<Administration>> administrationsFrom(Session s, Map<PatientId, List<Exam>> recent, ZoneId zone)
            throws SQLException {
        Optional<LocalDate> first = recent.values().stream().flatMap(List::stream)
                .map(e -> e.recordedAt().atZoneSameInstant(zone).toLocalDate()).min(Comparator.naturalOrder());
        if (first.isEmpty()) {
            return Map.of();
        }
        return s.administrations().currentSince(first.get().atStartOfDay(zone).toInstant()).stream()
                .collect(Collectors.groupingBy(Administration::patientId));
    }
}
