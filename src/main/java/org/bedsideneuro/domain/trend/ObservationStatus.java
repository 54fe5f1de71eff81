package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.exam.RateDirection;

/**
 * Where one patient's observations stand for the shift (issue #4, ward overview): when last observed, the latest jerk
 * rate and its direction against the previous rate, whether an observation is due under the patient's schedule, and
 * the warning signs that hold now.
 *
 * @param lastObserved null when never observed
 * @param latestRate   null when no observation counted jerks
 * @param direction    null without two rates to compare
 */
public record ObservationStatus(Instant lastObserved, BigDecimal latestRate, RateDirection direction, ObservationSchedule schedule,
                                boolean due, Duration overdueBy, List<CurrentWarnings.Warning> warnings) {
    public ObservationStatus {
        Objects.requireNonNull(schedule, "schedule");
        warnings = List.copyOf(warnings);
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
