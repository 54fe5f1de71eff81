package org.bedsideneuro.persistence;

/** A write that would overwrite or double something already recorded; nothing was written. */
public final class RecordConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RecordConflictException(String message) {
        super(message);
    }
}
