package org.bedsideneuro.domain.exam;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bedsideneuro.domain.finding.Section;

/**
 * How often a patient's myoclonus and OIN items are to be observed, and whether an observation is due.
 * The interval is set per patient; a patient without a setting is observed every {@link #DEFAULT_INTERVAL}.
 */
public record ObservationSchedule(Duration interval) {
    /**
     * Every 4 hours unless set otherwise: the default, and the usual spacing of nursing observations on
     * opioids (a 12-hour shift then sees three of them).
     */
    public static final Duration DEFAULT_INTERVAL = Duration.ofHours(4);
    /** Bounds are ours: more often than every 15 minutes is continuous watching, not a schedule; a day is the longest useful gap. */
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(24);

    /** What an observation is for this schedule: a record of myoclonus or OIN items, whoever recorded it. */
    private static final Set<Section> OBSERVED_SECTIONS = EnumSet.of(Section.MYOCLONUS, Section.OIN);

    public ObservationSchedule {
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(SHORTEST) < 0 || interval.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("Observation interval: between 15 minutes and 24 hours (was "
                    + interval.toMinutes() + " minutes)");
        }
    }

    public static ObservationSchedule standard() {
        return new ObservationSchedule(DEFAULT_INTERVAL);
    }

    public static ObservationSchedule everyMinutes(long minutes) {
        return new ObservationSchedule(Duration.ofMinutes(minutes));
    }

    /**
     * True when the exam counts as an observation: it records myoclonus or OIN items. A neurologist's exam that
     * counted jerks has observed the patient too; an exam of reflexes alone has not.
     */
    public static boolean isObservation(Exam exam) {
        return exam.findings().stream().anyMatch(f -> OBSERVED_SECTIONS.contains(f.code().section()));
    }

    /** The latest observation among these exams (current versions only, as the caller passes them). */
    public static Optional<Exam> latest(Collection<Exam> exams) {
        return exams.stream().filter(ObservationSchedule::isObservation)
                .max(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()));
    }

    /** When the next observation is due after one made at {@code last}. */
    public Instant dueAt(Instant last) {
        return last.plus(interval);
    }

    /**
     * Due or overdue at {@code now}: never observed (null {@code last}), or the interval has fully passed since.
     * Exactly at the due moment it is due: the nurse should go now, not a minute later.
     */
    public boolean isDue(Instant last, Instant now) {
        return last == null || !now.isBefore(dueAt(last));
    }

    /** How long past due at {@code now} (zero when due exactly now); empty when not yet due or never observed. */
    public Optional<Duration> overdueBy(Instant last, Instant now) {
        if (last == null || !isDue(last, now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(dueAt(last), now));
    }

    public long minutes() {
        return interval.toMinutes();
    }
}
