package org.bedsideneuro.persistence;

import java.time.Instant;
import org.bedsideneuro.domain.account.AccessAction;

/** One line of the access log: when, who (login name or os:USER), what, which patient (or null), detail. */
public record AccessEntry(Instant at, String login, String clinicianName, AccessAction action, String patientId, String detail) {
}
