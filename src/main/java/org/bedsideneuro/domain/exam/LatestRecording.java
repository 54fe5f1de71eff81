package org.bedsideneuro.domain.exam;

import java.util.Objects;
import java.util.Set;
import org.bedsideneuro.domain.finding.FindingCode;

/**
 * A question to the store, per patient: the latest {@code instants} distinct moments at which a current exam records at
 * least one of {@code anyOf} (when not empty) and every one of {@code allOf}. A reading that depends only on such
 * latest records (the ward overview's observation status) can then load each record from the earliest of
 * those moments on, instead of the whole record (286,000 exams on a five-year ward).
 */
public record LatestRecording(Set<FindingCode> anyOf, Set<FindingCode> allOf, int instants) {
    public LatestRecording {
        anyOf = Set.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        allOf = Set.copyOf(Objects.requireNonNull(allOf, "allOf"));
        if (anyOf.isEmpty() && allOf.isEmpty()) {
            throw new IllegalArgumentException("A latest recording needs at least one finding code");
        }
        if (instants < 1 || instants > 2) {
            throw new IllegalArgumentException("Latest recording: 1 or 2 instants (was " + instants + ")");
        }
    }

    /** True when {@code exam} records what this asks for. */
    public boolean matches(Exam exam) {
        boolean any = anyOf.isEmpty() || exam.findings().stream().anyMatch(f -> anyOf.contains(f.code()));
        return any && allOf.stream().allMatch(c -> exam.findings().stream().anyMatch(f -> f.code() == c));
    }
}
