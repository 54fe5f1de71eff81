package org.bedsideneuro.domain.account;

/** A role tried something it may not do. The message names who, in which role, and what was refused. */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
