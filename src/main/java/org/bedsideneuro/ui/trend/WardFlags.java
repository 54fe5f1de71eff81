package org.bedsideneuro.ui.trend;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.RecordMark;
import org.bedsideneuro.service.MmeFactorService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.service.WardSnapshot;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Failure;

/**
 * Flags of the last {@link #DAYS} days for every patient on the ward, for the ward list's "Flags" column.
 * <p>
 * A flag depends on the whole record (baselines, the state before the window), so each patient's flags come from the
 * patient's whole course. That is computed once per record and kept: the ward's read ({@link WardSnapshot}) brings each
 * record's {@link RecordMark}, and only records whose mark (or the day) changed are read again, one patient at a time,
 * in small batches on the shared background thread. Before, every refresh read every exam of the ward at
 * once (286,000 exams, 3.3 million findings on a five-year ward) and computed every course again; now a refresh after
 * one saved observation reads one record, and memory holds one record at a time.
 */
public final class WardFlags {
    /** The ward column counts flags of the last 7 days, today included. */
    public static final int DAYS = 7;
    /** A batch is read and computed in one background task: about this many exam versions, or one larger record. */
    static final long BATCH_EXAMS = 4_000;

    private final WardRecords records;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final ObservableMap<PatientId, List<Flag>> recent = FXCollections.observableHashMap();
    /** The opioid review's status by patient (clinical reference section 8), read with the flags; absent: nothing due. */
    private final ObservableMap<PatientId, String> reviews = FXCollections.observableHashMap();
    /** What each shown entry was computed from: written on the FX thread, read by the batches to skip work done meanwhile. */
    private final Map<PatientId, Computed> computedFrom = new ConcurrentHashMap<>();
    /** Records whose course was computed, for tests: a refresh after one change computes one more. */
    private final AtomicInteger computedRecords = new AtomicInteger();
    /** Bumped by every update: batches of an older update are dropped unread. */
    private final AtomicLong generation = new AtomicLong();

    public WardFlags(WardRecords records, Clock clock, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    private record Computed(RecordMark mark, LocalDate today) {
    }

    private record Stale(Patient patient, Computed from) {
    }

    /** Reads the ward's marks on its own, then updates (the main window passes its ward read to {@link #update}). */
    public void refresh() {
        runner.run(() -> records.read(s -> new WardSnapshot(s.patients().all(), Map.of(), Map.of(), s.patients().recordMarks(), LocalDate.now(clock))),
                this::update, Failure.logged("Reading the ward's flags")); // the ward's notice says when the database cannot be reached
    }

    /** Recomputes the flags of the records that changed since they were computed, and forgets patients no longer on the ward. FX thread. */
    public void update(WardSnapshot snapshot) {
        long current = generation.incrementAndGet();
        recent.keySet().retainAll(snapshot.marks().keySet());
        reviews.keySet().retainAll(snapshot.marks().keySet());
        computedFrom.keySet().retainAll(snapshot.marks().keySet());
        List<Stale> stale = new ArrayList<>();
        for (Patient p : snapshot.patients()) {
            RecordMark mark = snapshot.marks().get(p.id());
            Computed from = new Computed(mark, snapshot.today());
            if (mark != null && !from.equals(computedFrom.get(p.id()))) {
                stale.add(new Stale(p, from));
            }
        }
        List<Stale> batch = new ArrayList<>();
        long exams = 0;
        for (Stale s : stale) {
            batch.add(s);
            exams += s.from().mark().examVersions();
            if (exams >= BATCH_EXAMS) {
                compute(batch, current);
                batch = new ArrayList<>();
                exams = 0;
            }
        }
        if (!batch.isEmpty()) {
            compute(batch, current);
        }
    }

    private void compute(List<Stale> batch, long forGeneration) {
        runner.run(() -> {
            Map<Stale, List<Flag>> flags = new HashMap<>();
            Map<Stale, String> review = new HashMap<>();
            for (Stale s : batch) {
                if (generation.get() != forGeneration) {
                    break; // a newer update has queued what is still stale in batches of its own
                }
                if (s.from().equals(computedFrom.get(s.patient().id()))) {
                    continue; // computed meanwhile by an earlier update's batch
                }
                PatientId id = s.patient().id();
                computedRecords.incrementAndGet();
                records.read(r -> {
                    List<Exam> exams = r.exams().current(id);
                    List<MedicationOrder> orders = r.medications().forPatient(id);
                    MmeTable table = MmeFactorService.tableInForce(r);
                    flags.put(s, flagsOf(s.patient(), exams, orders, r.administrations().current(id), table, clock, s.from().today()));
                    review.put(s, reviewOf(exams, orders, table, clock).orElse(""));
                    return null;
                });
            }
            return new Object[] {flags, review};
        }, both -> {
            @SuppressWarnings("unchecked") Map<Stale, List<Flag>> flags = (Map<Stale, List<Flag>>) both[0];
            @SuppressWarnings("unchecked") Map<Stale, String> review = (Map<Stale, String>) both[1];
            review.forEach((s, text) -> {
                if (text.isEmpty()) {
                    reviews.remove(s.patient().id());
                } else {
                    reviews.put(s.patient().id(), text);
                }
            });
            flags.forEach((s, f) -> {
            // Kept even if a newer update came meanwhile: it was read after the mark it is filed under, so it is at least
            // that current; a record changed since has a newer mark, and the newer update queued it again.
            recent.put(s.patient().id(), f);
            computedFrom.put(s.patient().id(), s.from());
            });
        }, Failure.logged("Computing the ward's flags"));
    }

    /** Pure: each patient's flags dated from {@code today - DAYS + 1} to today. */
    static Map<PatientId, List<Flag>> recentFlags(List<Patient> patients, List<Exam> exams, List<MedicationOrder> orders,
                                                 Clock clock, LocalDate today) {
        return recentFlags(patients, exams, orders, List.of(), clock, today);
    }

    /** As above, the daily MME counted as given from the administrations that stand. */
    static Map<PatientId, List<Flag>> recentFlags(List<Patient> patients, List<Exam> exams, List<MedicationOrder> orders,
                                                 List<Administration> administrations, Clock clock,
                                                 LocalDate today) {
        Map<PatientId, List<Exam>> examsBy = exams.stream().collect(Collectors.groupingBy(Exam::patientId));
        Map<PatientId, List<MedicationOrder>> ordersBy = orders.stream().collect(Collectors.groupingBy(MedicationOrder::patientId));
        Map<PatientId, List<Administration>> dosesBy = administrations.stream()
                .collect(Collectors.groupingBy(Administration::patientId));
        Map<PatientId, List<Flag>> flags = new HashMap<>();
        for (Patient p : patients) {
            flags.put(p.id(), flagsOf(p, examsBy.getOrDefault(p.id(), List.of()), ordersBy.getOrDefault(p.id(), List.of()),
                    dosesBy.getOrDefault(p.id(), List.of()), MmeTable.standard(), clock, today));
        }
        return flags;
    }

    /**
     * Pure: one patient's flags dated from {@code today - DAYS + 1} to today, from the whole course, the daily MME
     * counted as given with the ward's table in force.
     */
    static List<Flag> flagsOf(Patient p, List<Exam> exams, List<MedicationOrder> orders,
                              List<Administration> administrations,
                              MmeTable table, Clock clock, LocalDate today) {
        if (exams.isEmpty() && orders.isEmpty()) {
            return List.of();
        }
        PatientCourse course = PatientCourse.of(p, exams, orders, administrations, table, clock.getZone(), today);
        return course.flagsBetween(today.minusDays(DAYS - 1L), today);
    }

    /** Pure: the opioid review's status now (clinical reference section 8), while an opioid runs. */
    static Optional<String> reviewOf(List<Exam> exams, List<MedicationOrder> orders, MmeTable table,
                                               Clock clock) {
        Instant now = clock.instant();
        boolean opioidRunning = orders.stream().anyMatch(o -> DrugCatalog.isOpioid(o.drug()) && o.runningAt(now));
        if (!opioidRunning) {
            return Optional.empty();
        }
        List<Instant> reviewTimes = exams.stream().filter(Exam::isOpioidReview).map(e -> e.recordedAt().toInstant()).toList();
        return ReviewSchedule.of(orders, reviewTimes,
                ReviewSchedule.asOrdered(table), clock.getZone(), now).wardText(LocalDate.now(clock), true);
    }

    /** The opioid review's status by patient: "Review due ..." or "Review overdue since ..."; absent when nothing is due. */
    public ObservableMap<PatientId, String> reviews() {
        return reviews;
    }

    /** How many records' courses were computed so far (each read and computed once per change of its mark). */
    int computedRecords() {
        return computedRecords.get();
    }

    /** Recent flags by patient; a patient not yet loaded is absent. */
    public ObservableMap<PatientId, List<Flag>> recent() {
        return recent;
    }
}
