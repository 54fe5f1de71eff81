package org.bedsideneuro.persistence;

/**
 * One chain entry a ward-server write queues in chain_pending (V9) before its commit: the record it covers and its
 * content hash, to be linked into record_chain by the sealer after the commit.
 *
 * @param id       the batch and a position that sorts in append order
 * @param batch    the writing transaction's batch
 * @param queuedAt epoch milliseconds
 */
record PendingChainEntry(String id, String batch, String entity, String entityId, String patientId, String contentHash, long queuedAt) {
    /** The values of chain_pending's columns (id, batch, entity, entity_id, patient_id, content_hash, queued_at). */
    Object[] columns() {
        return new Object[] {id, batch, entity, entityId, patientId, contentHash, queuedAt};
    }
}
