package org.bedsideneuro.service;

import java.util.Optional;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;

/**
 * A neurologist signs an exam by entering their password again (21 CFR 11.200(a)(1): each
 * signing after the first in a session uses at least the password). The password is checked against the stored
 * Argon2id hash in the same transaction that writes the signature; a wrong one writes nothing but a line in the
 * access log, and is never in the message.
 */
public final class SigningService {
    private static final String WRONG_PASSWORD = "The password is not correct:";
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
        Optional<Signature> signed = database.write(s -> {
            Account stored = s.accounts().find(account.login()).orElseThrow(() -> new AccessDeniedException("No account " + account.login()));
            if (!s.accounts().passwordMatches(stored.login(), password)) {
                s.accessLog().recordFailedLogin(account.login().value(), stored.clinician(), "wrong password when signing exam " + examId);
                return Optional.<Signature>empty();
            }
            Permissions.require(stored, Action.SIGN_EXAM);
            return Optional.of(s.signatures().add(examId, stored.clinician(), meaning));
        });
        return signed.orElseThrow(() -> new AccessDeniedException(WRONG_PASSWORD + " the exam was not signed."));
    }

    /** Signs as its author the exam {@code examId} on behalf of the clinician logged in (the window knows the clinician). */
    public Signature sign(ExamId examId, Clinician signer, char[] password) {
        Account account = database.read(s -> s.accounts().find(signer.id()))
                .orElseThrow(() -> new AccessDeniedException(signer.signature() + " has no account: only a neurologist signs, with their password."));
        return sign(examId, account, password);
    }

    /**
     * Saves {@code exam} (a first version, or an amendment of any exam, signed or not) and signs it as its author, in
     * one transaction with {@code alsoInTransaction} (the form's draft deleted, say): all of it or nothing. A wrong
     * password writes nothing but a line in the access log. The caller wipes {@code password}.
     */
    public Signature saveAndSign(Exam exam, Clinician signer, char[] password, Work<?> alsoInTransaction) {
        Permissions.require(signer, Action.SIGN_EXAM);
        Optional<Signature> signed = database.write(s -> {
            Optional<Signature> done = exam.amendment() == null
                    ? s.exams().addAndSign(exam, signer, password)
                    : s.exams().amendAndSign(exam, password);
            if (done.isEmpty()) {
                String login = s.accounts().find(signer.id()).map(a -> a.login().value()).orElse(signer.displayName());
                s.accessLog().recordFailedLogin(login, signer, "wrong password when signing a new exam version");
                return done;
            }
            alsoInTransaction.run(s);
            return done;
        });
        return signed.orElseThrow(() -> new AccessDeniedException(WRONG_PASSWORD + " nothing was saved or signed. Your entries are still here."));
    }
}
