package org.bedsideneuro.service;

/** The EHR could not give the record (down, slow, refused, not FHIR, no such patient): a message to show as it is. */
public class EhrUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EhrUnavailableException(String message) {
        super(message);
    }
}
