/**
 * Accounts: who is at the keyboard. An account IS a clinician (same {@code ClinicianId}), so records
 * written before accounts existed keep pointing at the same person. {@link org.bedsideneuro.domain.account.Permissions}
 * decides what each role may do; the persistence layer asks it before every write, so a forbidden action is refused
 * below the window too (21 CFR 11.10(d) and (g): limit system access and use to authorised individuals; HIPAA
 * 45 CFR 164.312(a)(1) access control). Nothing here ever holds a password: hashing lives in
 * {@code org.bedsideneuro.security}.
 */
package org.bedsideneuro.domain.account;
