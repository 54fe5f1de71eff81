package org.bedsideneuro.service;

import java.time.Instant;
import org.bedsideneuro.domain.account.Account;

/** What a login attempt came to. Messages never say whether the login name exists (no account enumeration). */
public sealed interface LoginOutcome {
    /** Logged in; {@code mustChangePassword} after an administrator's reset. */
    record LoggedIn(Account account, boolean mustChangePassword) implements LoginOutcome {
    }

    /** Refused: wrong name or password, or a disabled account; {@code message} is for the screen. */
    record Refused(String message) implements LoginOutcome {
    }

    /** Too many failures in a row: this account may try again at {@code until}. Other accounts are not affected. */
    record Wait(Instant until, String message) implements LoginOutcome {
    }
}
