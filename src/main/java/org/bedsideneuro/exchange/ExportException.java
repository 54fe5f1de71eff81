package org.bedsideneuro.exchange;

/** An export that could not be written; the message says why and what to do. No partial file is left behind. */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
