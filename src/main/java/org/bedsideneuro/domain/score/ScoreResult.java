package org.bedsideneuro.domain.score;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.finding.FindingKey;

/**
 * A score's outcome: a number within its range when every item was recorded, otherwise "not computable" with the
 * missing items. Never a partial number (shared/clinical-reference.md section 1, last paragraph).
 */
public record ScoreResult(ScoreDefinition score, OptionalInt value, List<FindingKey> missing) {
    public ScoreResult {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(value, "value");
        missing = List.copyOf(missing);
        if (value.isPresent() == !missing.isEmpty()) {
            throw new IllegalArgumentException("A score is either a number or not computable with its missing items");
        }
        if (value.isPresent() && (value.getAsInt() < score.min() || value.getAsInt() > score.max())) {
            throw new IllegalArgumentException(score.name() + ": " + value.getAsInt() + " is outside " + score.min() + "-" + score.max());
        }
    }

    public static ScoreResult of(ScoreDefinition score, int value) {
        return new ScoreResult(score, OptionalInt.of(value), List.of());
    }

    public static ScoreResult notComputable(ScoreDefinition score, List<FindingKey> missing) {
        return new ScoreResult(score, OptionalInt.empty(), missing);
    }

    public boolean computable() {
        return value.isPresent();
    }

    /** "MRC sum score (0-60): 54", or "... : not computable (missing: Hip flexion, left; ...)". */
    public String display() {
        if (computable()) {
            return score.label() + ": " + value.getAsInt();
        }
        return score.label() + ": not computable (missing: "
                + missing.stream().map(FindingKey::label).collect(Collectors.joining("; ")) + ")";
    }
}
