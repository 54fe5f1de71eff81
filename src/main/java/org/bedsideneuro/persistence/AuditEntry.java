package org.bedsideneuro.persistence;

import java.time.Instant;
import org.bedsideneuro.domain.clinician.Clinician;

/** One line of the append-only audit trail: who did what to which record, when. */
public record AuditEntry(Instant at, Clinician by, String action, String entity, String entityId, String patientId, String detail) {
}
