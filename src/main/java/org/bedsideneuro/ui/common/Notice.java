package org.bedsideneuro.ui.common;

import java.util.Objects;

/** A message for the person at the bedside: information ("Patient saved") or a problem they can act on. */
public record Notice(Kind kind, String text) {
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public enum Kind { INFO, PROBLEM }

    public static Notice info(String text) {
        return new Notice(Kind.INFO, text);
    }

    public static Notice problem(String text) {
        return new Notice(Kind.PROBLEM, text);
    }

    public static Notice of(Failure failure) {
        return problem(failure.message());
    }
}
