package org.bedsideneuro.domain.account;

import java.util.Set;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;

/**
 * Who may do what (21 CFR 11.10(d) and (g), authority checks; HIPAA 45 CFR 164.308(a)(4),
 * information access management). Checked by the persistence layer before every write, so the window hiding a button
 * is a convenience, not the control.
 * <ul>
 *   <li>everyone reads records;</li>
 *   <li>nurses register patients, record, amend and withdraw observations, and record and withdraw the doses they give
 *   (the medication administration record);</li>
 *   <li>neurologists also record, amend, withdraw and sign exams and manage medication orders;</li>
 *   <li>administrators (alone or on top of a clinical role) manage accounts, backups and restores, and choose the
 *   ward's parenteral MME factors (clinical reference section 6: the hospital's choice, not a prescriber's).</li>
 * </ul>
 * Trusted batch writers: the command line runs as the operating-system user, recorded as a clinician named
 * {@code os:USERNAME} with role OTHER. Whoever can run it can already read and write the database file, so it is
 * allowed everything except signing (a signature needs a person's password, 21 CFR 11.200). Accounts cannot take an
 * {@code os:} name. Any other clinician with role OTHER (imported from elsewhere, or chosen on the old login screen)
 * only reads.
 */
public final class Permissions {
    /** Display-name prefix of operating-system users of the command line. */
    public static final String OS_PREFIX = "os:";

    private static final Set<Action> NURSE = Set.of(Action.READ_RECORDS, Action.REGISTER_PATIENT, Action.RECORD_OBSERVATION,
            Action.RECORD_ADMINISTRATION);
    private static final Set<Action> NEUROLOGIST = Set.of(Action.READ_RECORDS, Action.REGISTER_PATIENT, Action.RECORD_OBSERVATION,
            Action.RECORD_ADMINISTRATION, Action.RECORD_EXAM, Action.SIGN_EXAM, Action.MANAGE_MEDICATION);
    private static final Set<Action> ADMINISTRATOR = Set.of(Action.READ_RECORDS, Action.MANAGE_ACCOUNTS, Action.BACKUP_RESTORE,
            Action.SET_MME_FACTORS);

    private Permissions() {
    }

    /** True for the command line's {@code os:USERNAME} clinicians. */
    public static boolean isBatchWriter(Clinician c) {
        return c.role() == Role.OTHER && c.displayName().startsWith(OS_PREFIX);
    }

    /** What {@code clinician} may do by their clinical role; {@code administrator} adds the administrator's actions. */
    public static boolean allows(Clinician clinician, boolean administrator, Action action) {
        if (isBatchWriter(clinician)) {
            return action != Action.SIGN_EXAM;
        }
        if (administrator && ADMINISTRATOR.contains(action)) {
            return true;
        }
        return switch (clinician.role()) {
            case NURSE -> NURSE.contains(action);
            case NEUROLOGIST -> NEUROLOGIST.contains(action);
            case OTHER -> action == Action.READ_RECORDS;
        };
    }

    public static boolean allows(Account account, Action action) {
        return !account.disabled() && allows(account.clinician(), account.administrator(), action);
    }

    /** Refuses with a message a clinician understands: "Nurse Ben Sample (nurse) may not record ... ". */
    public static void require(Clinician clinician, boolean administrator, Action action) {
        if (!allows(clinician, administrator, action)) {
            throw new AccessDeniedException(clinician.signature() + " may not " + action.description()
                    + (action == Action.MANAGE_ACCOUNTS || action == Action.BACKUP_RESTORE || action == Action.SET_MME_FACTORS
                    ? ": only an administrator may."
                    : action == Action.SIGN_EXAM ? ": only a neurologist may, with their password."
                    : ": this needs " + whoMay(action) + "."));
        }
    }

    /** {@link #require(Clinician, boolean, Action)} for a clinician acting without administrator rights. */
    public static void require(Clinician clinician, Action action) {
        require(clinician, false, action);
    }

    public static void require(Account account, Action action) {
        if (account.disabled()) {
            throw new AccessDeniedException("The account " + account.login() + " is disabled.");
        }
        require(account.clinician(), account.administrator(), action);
    }

    private static String whoMay(Action action) {
        return NURSE.contains(action) ? "a nurse or a neurologist" : "a neurologist";
    }
}
