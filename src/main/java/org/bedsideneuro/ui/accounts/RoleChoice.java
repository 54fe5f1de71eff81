package org.bedsideneuro.ui.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.bedsideneuro.domain.account.AccountRole;

/** The role sets an account may hold, as offered in a list: one clinical role at most, administrator on top or alone. */
public enum RoleChoice {
    NURSE("Nurse", EnumSet.of(AccountRole.NURSE)),
    NEUROLOGIST("Neurologist", EnumSet.of(AccountRole.NEUROLOGIST)),
    ADMINISTRATOR("Administrator only", EnumSet.of(AccountRole.ADMINISTRATOR)),
    ADMINISTRATOR_NURSE("Administrator and nurse", EnumSet.of(AccountRole.ADMINISTRATOR, AccountRole.NURSE)),
    ADMINISTRATOR_NEUROLOGIST("Administrator and neurologist", EnumSet.of(AccountRole.ADMINISTRATOR, AccountRole.NEUROLOGIST));

    private final String label;
    private final Set<AccountRole> roles;

    RoleChoice(String label, Set<AccountRole> roles) {
        this.label = label;
        this.roles = roles;
    }

    public Set<AccountRole> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The choice matching an account's roles. */
    public static RoleChoice of(Set<AccountRole> roles) {
        for (RoleChoice c : values()) {
            if (c.roles.equals(roles)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No such role set: " + roles);
    }

    @Override
    public String toString() {
        return label;
    }
}
