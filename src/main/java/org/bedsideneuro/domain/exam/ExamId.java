package org.bedsideneuro.domain.exam;

import java.util.Objects;
import java.util.UUID;

/** Identity of one version of an exam or observation. An amendment is a new version with a new id. */
public record ExamId(UUID value) {
    public ExamId {
        Objects.requireNonNull(value, "exam id");
    }

    public static ExamId random() {
        return new ExamId(TimeOrderedUuid.next()); // time-ordered: inserted at the end of the indexes
    }

    public static ExamId parse(String text) {
        return new ExamId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
