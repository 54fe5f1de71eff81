package org.bedsideneuro.domain.ncs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.Side;

/**
 * Nerve conduction studies side by side (shared/clinical-reference.md section 9): newest first, the patient's first
 * study marked, one row per nerve, side and measure that any shown study recorded, each cell the reading judged against
 * its own study's lower limit. What the serial flowsheet and the printed summary show.
 */
public record StudySeries(List<Column> columns, List<Row> rows) {
    public StudySeries {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }


    /** One study: when, who, which laboratory, and whether it is the patient's first. */
    public record Column(Exam exam, boolean first) {
        public String examiner() { return exam.recordedBy().displayName(); }
        public String laboratory() { return new NerveStudy(exam).laboratoryOrNotRecorded(); }
    }

    /** One nerve, side and measure, its reading in each column (empty where that study did not record it). */
    public record Row(Nerve nerve, Side side, FindingCode measure, List<Optional<NcsReading>> readings) {
        public String label() {
            String what = measure == nerve.amplitude() ? nerve.potential() + " (" + nerve.amplitudeUnit() + ")" : "velocity (m/s)";
            return nerve.label() + " " + what + ", " + side.label().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** Every record of {@code exams} that holds a nerve conduction finding. */
    public static StudySeries of(List<Exam> exams) {
        return of(exams, e -> true);
    }

    /**
     * The records of {@code exams} holding nerve conduction findings and accepted by {@code shown}; the first study is
     * found among all of them, shown or not.
     */
    public static StudySeries of(List<Exam> exams, Predicate<Exam> shown) {
        Objects.requireNonNull(shown, "shown");
        List<Exam> studies = exams.stream().filter(NerveStudy::recordsNcs)
                .sorted(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()).thenComparing(e -> e.id().toString())).toList();
        Exam first = studies.isEmpty() ? null : studies.get(0);
        List<Column> columns = new ArrayList<>();
        for (int i = studies.size() - 1; i >= 0; i--) {
            if (shown.test(studies.get(i))) {
                columns.add(new Column(studies.get(i), studies.get(i) == first));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Nerve nerve : Nerve.values()) {
            for (Side side : Side.values()) {
                for (FindingCode measure : nerve.measures()) {
                    List<Optional<NcsReading>> readings = columns.stream()
                            .map(c -> NcsReading.of(c.exam(), measure, side)).toList();
                    if (readings.stream().anyMatch(Optional::isPresent)) {
                        rows.add(new Row(nerve, side, measure, readings));
                    }
                }
            }
        }
        return new StudySeries(columns, rows);
    }

    /** The reading of {@code key} in the newest shown study before {@code exam}'s time: what the form shows beside a field. */
    public static Optional<NcsReading> previous(List<Exam> exams, FindingKey key, Instant before) {
        return exams.stream().filter(e -> e.recordedAt().toInstant().isBefore(before) && e.finding(key).isPresent())
                .max(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()))
                .flatMap(e -> NcsReading.of(e, key.code(), key.side()));
    }
}
