package org.bedsideneuro.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name typed at the login screen: lower case letters, digits, dot, dash, underscore; 2 to 64 characters.
 * Unique per database (21 CFR 11.300(a): no two individuals share an identification code). Never "os:...", which
 * names operating-system users of the command line.
 */
public record LoginName(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public LoginName {
        Objects.requireNonNull(value, "login name");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("Login name: 2 to 64 characters, letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
