package org.bedsideneuro.persistence;

import java.time.Instant;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.regimen.AdministrationId;

/** An administration withdrawn as entered in error: who withdrew it, when, and why. */
public record AdministrationWithdrawal(AdministrationId administration, Instant at, Clinician by, String reason) {
}
