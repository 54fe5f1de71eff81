package org.bedsideneuro.ui.common;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.exchange.ExportException;
import org.bedsideneuro.persistence.DatabaseException;
import org.bedsideneuro.persistence.RecordConflictException;
import org.bedsideneuro.service.EhrUnavailableException;

/**
 * Background work that failed: the cause, for callers that react to its type (a taken MRN goes next to the MRN
 * field), and a calm message for the screen. The stack trace goes to the log for support, never to the clinician.
 */
public record Failure(Throwable cause, String message) {
    private static final System.Logger LOG = System.getLogger(Failure.class.getName());

    public Failure {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(message, "message");
    }

    public static Failure of(Throwable thrown) {
        Throwable cause = thrown == null ? new IllegalStateException("unknown failure") : unwrap(thrown);
        return new Failure(cause, messageFor(cause));
    }

    /**
     * For background reads whose screen already says when the database cannot be reached (the ward's notice): the
     * failure is written to the log with what was being done, never dropped.
     */
    public static Consumer<Failure> logged(String what) {
        return failure -> LOG.log(Level.WARNING, what + ": " + failure.message(), failure.cause());
    }

    /** True when the ward server (or the database file's disk) could not be reached: what was typed is kept here. */
    public boolean unreachable() {
        return cause instanceof DatabaseException de && de.unreachable();
    }

    /** True when someone else changed the record first, or the record exists already (a taken MRN). */
    public boolean conflict() {
        return cause instanceof RecordConflictException;
    }

    /** True when the failure is one our own layers describe in plain words (a refusal, not a crash). */
    public boolean isExplained() {
        return isPlainLanguage(cause);
    }

    private static String messageFor(Throwable cause) {
        if (isPlainLanguage(cause) && cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        LOG.log(Level.ERROR, "Unexpected failure in background work", cause);
        return "Something went wrong and nothing was saved. Please try again; if it happens again, tell IT (the details are in the log).";
    }

    /** Domain and persistence throw these with messages written for clinicians. */
    private static boolean isPlainLanguage(Throwable t) {
        return t instanceof DatabaseException || t instanceof RecordConflictException || t instanceof IllegalArgumentException
                || t instanceof ExportException || t instanceof UncheckedIOException
                || t instanceof AccessDeniedException || t instanceof EhrUnavailableException;
    }

    /** Task and executors wrap the real cause; the clinician needs the innermost one that says something. */
    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof UndeclaredThrowableException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
