package org.bedsideneuro.domain.account;

import java.util.Locale;

/** The roles an account may hold: one clinical role at most, and administrator on top or alone. */
public enum AccountRole {
    NURSE("nurse"),
    NEUROLOGIST("neurologist"),
    ADMINISTRATOR("administrator");

    private final String code;

    AccountRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AccountRole parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (AccountRole r : values()) {
            if (r.code.equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Role: one of nurse, neurologist, administrator (not '" + text + "')");
    }
}
