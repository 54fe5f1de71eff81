package org.bedsideneuro.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.persistence.AccountRepository.LoginThrottle;
import org.bedsideneuro.persistence.Database;

/**
 * Logging in and unlocking. Every attempt is in the access log (HIPAA 45 CFR
 * 164.308(a)(5)(ii)(C), log-in monitoring). After {@link #FREE_FAILURES} failures in a row an account waits before
 * its next attempt is checked, 30 s doubling up to 15 min (21 CFR 11.300(d): safeguards against unauthorised use of
 * passwords). The wait is per account and bounded, and an unknown name locks no one, so the whole ward is never
 * locked out. Times come from the database's clock, so tests drive the waits with a fake clock.
 */
public final class LoginService {
    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final String WRONG = "Login name or password not correct.";

    private final Database database;

    public LoginService(Database database) {
        this.database = database;
    }

    /** How long an account waits after {@code failures} failures in a row (zero before the fifth). */
    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Checks {@code password} for {@code typedLogin}; the caller wipes the password. */
    public LoginOutcome login(String typedLogin, char[] password) {
        return attempt(typedLogin, password, AccessAction.LOGIN);
    }

    /** The same check for the person named on the lock screen; logged as an unlock. */
    public LoginOutcome unlock(Account account, char[] password) {
        return attempt(account.login().value(), password, AccessAction.UNLOCK);
    }

    private LoginOutcome attempt(String typedLogin, char[] password, AccessAction onSuccess) {
        Optional<LoginName> name = parse(typedLogin);
        return database.write(s -> {
            Instant now = database.clock().instant();
            Optional<Account> found = name.isEmpty() ? Optional.empty() : s.accounts().find(name.get());
            if (found.isEmpty()) {
                s.accessLog().recordFailedLogin(typedLogin, null, "no such account");
                return new LoginOutcome.Refused(WRONG);
            }
            Account account = found.get();
            LoginThrottle throttle = s.accounts().throttle(account.login());
            if (throttle.waitUntil() != null && now.isBefore(throttle.waitUntil())) {
                s.accessLog().recordFailedLogin(typedLogin, account.clinician(), "attempt while waiting after " + throttle.failures() + " failures");
                return new LoginOutcome.Wait(throttle.waitUntil(), "Too many failed attempts for " + account.login()
                        + ". Try again in " + seconds(Duration.between(now, throttle.waitUntil())) + ", or ask a colleague to log in.");
            }
            if (account.disabled()) {
                s.accessLog().recordFailedLogin(typedLogin, account.clinician(), "account disabled");
                return new LoginOutcome.Refused("This account is disabled. Ask an administrator.");
            }
            if (!s.accounts().passwordMatches(account.login(), password)) {
                int failures = throttle.failures() + 1;
                Duration wait = waitAfter(failures);
                Instant until = wait.isZero() ? null : now.plus(wait);
                s.accounts().recordLoginFailure(account.login(), new LoginThrottle(failures, until));
                s.accessLog().recordFailedLogin(typedLogin, account.clinician(), "wrong password (" + failures + " in a row)");
                return until == null ? new LoginOutcome.Refused(WRONG)
                        : new LoginOutcome.Wait(until, WRONG + " " + account.login() + " must now wait " + seconds(wait) + " before the next attempt.");
            }
            s.accounts().recordLoginFailure(account.login(), new LoginThrottle(0, null));
            s.accessLog().record(account.clinician(), onSuccess, null, "");
            return new LoginOutcome.LoggedIn(account, account.mustChangePassword());
        });
    }

    private static Optional<LoginName> parse(String typed) {
        try {
            return Optional.of(new LoginName(typed == null ? "" : typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String seconds(Duration d) {
        long s = Math.max(1, (d.toMillis() + 999) / 1000);
        return s >= 120 ? (s + 59) / 60 + " minutes" : s + " seconds";
    }
}
