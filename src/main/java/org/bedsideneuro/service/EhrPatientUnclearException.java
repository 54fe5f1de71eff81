package org.bedsideneuro.service;

/**
 * The EHR answered, but cannot name this patient (no patient with the MRN, or two): a matter of one patient, so a
 * whole-ward update goes on with the others, while a server that is down stops it at once.
 */
public final class EhrPatientUnclearException extends EhrUnavailableException {
    private static final long serialVersionUID = 1L;

    public EhrPatientUnclearException(String message) {
        super(message);
    }
}
