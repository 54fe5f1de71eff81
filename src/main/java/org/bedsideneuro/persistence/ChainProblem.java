package org.bedsideneuro.persistence;

/**
 * The first place the hash chain does not hold: what is wrong, with which record (entity and id) and which patient
 * (null when the record belongs to none). {@code seq} is the chain entry concerned, or 0 for a record without one.
 */
public record ChainProblem(String kind, String entity, String entityId, String patientId, long seq) {
    /** "the order 1234 of patient SYN-001 was changed outside the app (chain entry 17)". */
    public String describe() {
        return "the " + entity + " record " + entityId + (patientId == null ? "" : " of patient " + patientId) + " " + kind
                + (seq > 0 ? " (chain entry " + seq + ")" : "");
    }
}
