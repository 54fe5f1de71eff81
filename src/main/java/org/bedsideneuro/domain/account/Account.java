package org.bedsideneuro.domain.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;

/**
 * A person who logs in. The clinician is the same entity records point to: its display name is printed on records,
 * its role is the clinical role ({@link Role#OTHER} for an administrator without one). Accounts are disabled, never
 * deleted (21 CFR 11.300(b): identification codes are not reissued, and the records keep their author).
 */
public record Account(Clinician clinician, LoginName login, boolean administrator, boolean disabled, boolean mustChangePassword) {
    public Account {
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(login, "login name");
        if (clinician.displayName().startsWith("os:")) {
            throw new IllegalArgumentException("Display name: 'os:' is kept for operating-system users of the command line");
        }
        if (clinician.role() == Role.OTHER && !administrator) {
            throw new IllegalArgumentException("Role: an account is a nurse, a neurologist or an administrator");
        }
    }

    /** The clinician role an account's role set stands for: nurse or neurologist, else OTHER (administrator only). */
    public static Role clinicalRole(Set<AccountRole> roles) {
        if (roles.contains(AccountRole.NURSE) && roles.contains(AccountRole.NEUROLOGIST)) {
            throw new IllegalArgumentException("Role: nurse or neurologist, not both");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Role: at least one of nurse, neurologist, administrator");
        }
        return roles.contains(AccountRole.NEUROLOGIST) ? Role.NEUROLOGIST : roles.contains(AccountRole.NURSE) ? Role.NURSE : Role.OTHER;
    }

    public Set<AccountRole> roles() {
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        if (clinician.role() == Role.NURSE) {
            roles.add(AccountRole.NURSE);
        } else if (clinician.role() == Role.NEUROLOGIST) {
            roles.add(AccountRole.NEUROLOGIST);
        }
        if (administrator) {
            roles.add(AccountRole.ADMINISTRATOR);
        }
        return roles;
    }

    /** "nurse", "neurologist, administrator". */
    public String rolesText() {
        return String.join(", ", roles().stream().map(AccountRole::code).toList());
    }
}
