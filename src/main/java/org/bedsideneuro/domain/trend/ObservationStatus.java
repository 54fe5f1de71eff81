package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.exam.LatestRecording;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.exam.RateDirection;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.DailyMme;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;

/**
 * Where one patient's observations stand for the shift (ward overview): when last observed, the latest jerk
 * rate and its direction against the previous rate, whether an observation is due under the patient's schedule, and
 * the warning signs that hold now.
 *
 * @param lastObserved null when never observed
 * @param latestRate   null when no observation counted jerks
 * @param direction    null without two rates to compare
 */
public record ObservationStatus(Instant lastObserved, BigDecimal latestRate, RateDirection direction, ObservationSchedule schedule,
                                boolean due, Duration overdueBy, List<CurrentWarnings.Warning> warnings) {
    /**
     * Everything the status reads, as latest recordings: the last observation (any myoclonus or OIN item, as
     * {@link ObservationSchedule#isObservation}), the last two jerk rates (count and window, {@link JerkRate#of}), the
     * last check of oin_warning_signs and of sedation_unacceptable ({@link CurrentWarnings}). The status of the
     * current exams recorded from the earliest of these moments on equals the status of the whole course:
     * {@link #ofRecent} reads only that suffix, and a test compares the two on a synthetic ward.
     */
    public static final List<LatestRecording> EVIDENCE = List.of(
            new LatestRecording(Arrays.stream(FindingCode.values())
                    .filter(c -> c.section() == Section.MYOCLONUS || c.section() == Section.OIN).collect(Collectors.toSet()), Set.of(), 1),
            new LatestRecording(Set.of(), Set.of(FindingCode.JERK_COUNT, FindingCode.WINDOW_MINUTES), 2),
            new LatestRecording(Set.copyOf(OinWarningSignsRule.ITEMS), Set.of(), 1),
            new LatestRecording(Set.of(FindingCode.SEDATION_POSS), Set.of(), 1));

    public ObservationStatus {
        Objects.requireNonNull(schedule, "schedule");
        warnings = List.copyOf(warnings);
    }

    /**
     * The status from the suffix of a patient's current exams that {@link #EVIDENCE} defines (all current exams
     * recorded from the earliest latest-recording on, oldest first or in any order), the patient's orders and the
     * day {@code today} in {@code zone}. Only the days of those exams need a daily MME (oin_warning_signs holds only
     * at a daily MME above 0 on the exam's day); a day after {@code today} has none, as in the whole course.
     */
    public static ObservationStatus ofRecent(Patient patient, List<Exam> recentExams, List<MedicationOrder> orders, MmeTable table,
                                             ZoneId zone, LocalDate today, ObservationSchedule schedule, Instant now) {
        return ofRecent(patient, recentExams, orders, List.of(), table, zone, today, schedule, now);
    }

    /**
     * {@link #ofRecent(Patient, List, List, MmeTable, ZoneId, LocalDate, ObservationSchedule, Instant)} with the
     * administrations that stand on the days of those exams (or more): their daily MME is counted as given (section 6).
     */
    public static ObservationStatus ofRecent(Patient patient, List<Exam> recentExams, List<MedicationOrder> orders,
                                             List<Administration> administrations, MmeTable table, ZoneId zone, LocalDate today,
                                             ObservationSchedule schedule, Instant now) {
        DailyMme daily = new DailyMme(table, zone);
        NavigableMap<LocalDate, DailyMmeResult> mme = new TreeMap<>();
        for (Exam e : recentExams) {
            LocalDate day = e.recordedAt().atZoneSameInstant(zone).toLocalDate();
            if (!day.isAfter(today) && !mme.containsKey(day)) {
                mme.put(day, daily.forDay(orders, administrations, day));
            }
        }
        PatientCourse suffix = new PatientCourse(patient, recentExams, orders, administrations, mme, List.of(), zone,
                mme.isEmpty() ? today : mme.firstKey(), today);
        return of(suffix, schedule, now);
    }

    /** Reads the course (current versions only) at {@code now}. */
    public static ObservationStatus of(PatientCourse course, ObservationSchedule schedule, Instant now) {
        Instant last = ObservationSchedule.latest(course.exams()).map(e -> e.recordedAt().toInstant()).orElse(null);
        // Oldest first (PatientCourse sorts them): the last two rates are the latest and the one before it.
        List<BigDecimal> rates = course.exams().stream().map(JerkRate::of).flatMap(Optional::stream).toList();
        BigDecimal latest = rates.isEmpty() ? null : rates.get(rates.size() - 1);
        BigDecimal previous = rates.size() < 2 ? null : rates.get(rates.size() - 2);
        return new ObservationStatus(last, latest, RateDirection.between(previous, latest).orElse(null), schedule,
                schedule.isDue(last, now), schedule.overdueBy(last, now).orElse(null), CurrentWarnings.of(course));
    }

    public Optional<Instant> optionalLastObserved() { return Optional.ofNullable(lastObserved); }
    public Optional<BigDecimal> optionalLatestRate() { return Optional.ofNullable(latestRate); }
    public Optional<RateDirection> optionalDirection() { return Optional.ofNullable(direction); }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
