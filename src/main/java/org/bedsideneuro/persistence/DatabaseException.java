package org.bedsideneuro.persistence;


import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
/**
 * The database cannot be used. The message says in plain words what happened and what to do; the command line
 * turns it into exit code 3, the app into a dialog. The file is left as it was.
 */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public DatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DatabaseException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** What went wrong, so callers can choose what to offer (e.g. "restore the last backup"). */
    public enum Reason {
        CANNOT_OPEN, NOT_A_DATABASE, NEWER_SCHEMA, FOREIGN_DATABASE, DAMAGED, FAILED,
        /** The folder (or the file) may not be written by this user; the database is as it was. */
        READ_ONLY,
        /** The disk is full or refused a write; the database is as it was. */
        DISK_FULL
    }

    public Reason reason() {
        return reason;
    }

    /**
     * True when the database could not be reached at all (the ward server is down or off the network: SQL state class
     * 08, or the socket failed), as opposed to a refusal: the work can be kept on this laptop and tried again later.
     */
    public boolean unreachable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException se && se.getSQLState() != null && se.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }
}
