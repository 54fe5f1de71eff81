package org.bedsideneuro.service;

import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.security.PasswordHasher;

/**
 * A neurologist signs an exam by entering their password again (issue #11 point 4; 21 CFR 11.200(a)(1): each
 * signing after the first in a session uses at least the password). The password is checked against the stored
 * Argon2id hash in the same transaction that writes the signature; a wrong one writes nothing but a line in the
 * access log, and is never in the message.
 */
public final class SigningService {
    private final Database database;

    public SigningService(Database database) {
        this.database = database;
    }

    /** Signs the current version {@code examId} as its author. The caller wipes {@code password}. */
    public Signature sign(ExamId examId, Account account, char[] password) {
        return sign(examId, account, password, SignatureMeaning.AUTHOR);
    }

    public Signature sign(ExamId examId, Account account, char[] password, SignatureMeaning meaning) {
        Permissions.require(account, Action.SIGN_EXAM);
        java.util.Optional<Signature> signed = database.write(s -> {
            Account stored = s.accounts().find(account.login()).orElseThrow(() -> new AccessDeniedException("No account " + account.login()));
            boolean matches = !stored.disabled() && PasswordHasher.verify(password, s.accounts().passwordHash(account.login()).orElseThrow());
            if (!matches) {
                s.accessLog().recordFailedLogin(account.login().value(), stored.clinician(), "wrong password when signing exam " + examId);
                return java.util.Optional.<Signature>empty();
            }
            Permissions.require(stored, Action.SIGN_EXAM);
            return java.util.Optional.of(s.signatures().add(examId, stored.clinician(), meaning));
        });
        return signed.orElseThrow(() -> new AccessDeniedException("The password is not correct: the exam was not signed."));
    }
}
