package org.bedsideneuro.app.cli;

import java.io.PrintWriter;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.persistence.DatabaseException;
import org.bedsideneuro.persistence.RecordConflictException;
import picocli.CommandLine;

/**
 * Turns a failure into a plain-language message on stderr and an exit code; a stack trace only when
 * BEDSIDENEURO_DEBUG is set (never for a nurse).
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        return report(e, cli.getErr());
    }

    /** Writes the message for {@code e} to {@code err}; returns the exit code (also used without picocli, by WindowStart). */
    static int report(Exception e, PrintWriter err) {
        int code;
        String message;
        if (e instanceof DatabaseException de) {
            code = ExitCode.DATABASE;
            message = de.getMessage();
        } else if (e instanceof IllegalArgumentException || e instanceof RecordConflictException
                || e instanceof AccessDeniedException) {
            code = ExitCode.INVALID_INPUT;
            message = e.getMessage() + " Nothing was written.";
        } else {
            code = ExitCode.INVALID_INPUT;
            message = "BedsideNeuro could not finish: " + e + ". Nothing was written.";
        }
        err.println("bedside-neuro: " + message);
        if (System.getenv("BEDSIDENEURO_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
