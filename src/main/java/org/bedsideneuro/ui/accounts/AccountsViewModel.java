package org.bedsideneuro.ui.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * The administrator's screen: the accounts and what may be done to them (add, disable or enable, reset a password so
 * that it must be changed at the next login, set the roles), and the access log filtered by patient and by user.
 * Every change goes through the account repository, which refuses anyone but an enabled administrator; passwords
 * arrive as char[] and are wiped once the background work ends. Nothing here is ever deleted.
 */
public final class AccountsViewModel {
    private final WardRecords records;
    private final Clinician administrator;
    private final BackgroundRunner runner;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObservableList<AccessEntry> accessLog = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final StringProperty patientFilter = new SimpleStringProperty(this, "patientFilter", "");
    private final StringProperty userFilter = new SimpleStringProperty(this, "userFilter", "");

    public AccountsViewModel(WardRecords records, Clinician administrator, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.administrator = Objects.requireNonNull(administrator, "administrator");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Loads the accounts and the access log with the current filters. */
    public void load() {
        runner.run(() -> records.read(s -> s.accounts().all()), accounts::setAll, f -> notice.set(Notice.of(f)));
        showAccessLog();
    }

    /** A new account whose first password must be changed at its first login (21 CFR 11.300(b)). */
    public void add(String displayName, String login, RoleChoice roles, char[] password, char[] again) {
        if (roles == null) {
            wipe(password, again);
            notice.set(Notice.problem("Not added: choose a role."));
            return;
        }
        if (!Arrays.equals(password, again)) {
            wipe(password, again);
            notice.set(Notice.problem("Not added: the two passwords are not the same."));
            return;
        }
        PasswordHasher.wipe(again);
        change(() -> records.accounts().create(displayName, new LoginName(login == null ? "" : login), roles.roles(), password, true, administrator),
                "Added " + login + ": the password must be changed at the first login.", password);
    }

    public void setDisabled(Account account, boolean disabled) {
        change(() -> records.accounts().setDisabled(account.login(), disabled, administrator),
                (disabled ? "Disabled " : "Enabled ") + account.login() + ". Their records keep their name.", null);
    }

    /** A temporary password; the person chooses their own at the next login. */
    public void resetPassword(Account account, char[] temporary) {
        change(() -> records.accounts().resetPassword(account.login(), temporary, administrator),
                "Password of " + account.login() + " reset: it must be changed at the next login.", temporary);
    }

    public void setRoles(Account account, RoleChoice roles) {
        if (roles == null) {
            notice.set(Notice.problem("Choose a role first."));
            return;
        }
        change(() -> records.accounts().setRoles(account.login(), roles.roles(), administrator), "Roles of " + account.login() + ": " + roles + ".", null);
    }

    private void change(Runnable work, String done, char[] password) {
        runner.run(() -> {
            try {
                work.run();
                return null;
            } finally {
                PasswordHasher.wipe(password);
            }
        }, ok -> {
            notice.set(Notice.info(done));
            runner.run(() -> records.read(s -> s.accounts().all()), accounts::setAll, f -> notice.set(Notice.of(f)));
        }, f -> notice.set(Notice.of(f)));
    }

    /** The access log for the patient (MRN) and the user (login name) typed; either may be empty (any). */
    public void showAccessLog() {
        String mrn = patientFilter.get() == null ? "" : patientFilter.get().strip();
        String login = userFilter.get() == null ? "" : userFilter.get().strip();
        PatientId patient;
        try {
            patient = mrn.isEmpty() ? null : new PatientId(mrn);
        } catch (IllegalArgumentException e) {
            notice.set(Notice.problem(e.getMessage()));
            return;
        }
        runner.run(() -> records.read(s -> s.accessLog().findAsAdministrator(administrator, patient, login.isEmpty() ? null : login, null, null)),
                (List<AccessEntry> found) -> {
                    List<AccessEntry> newestFirst = new ArrayList<>(found);
                    Collections.reverse(newestFirst);
                    accessLog.setAll(newestFirst);
                }, f -> notice.set(Notice.of(f)));
    }

    private static void wipe(char[] a, char[] b) {
        PasswordHasher.wipe(a);
        PasswordHasher.wipe(b);
    }

    public ObservableList<Account> accounts() { return accounts; }
    /** Newest first. */
    public ObservableList<AccessEntry> accessLog() { return accessLog; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public StringProperty patientFilterProperty() { return patientFilter; }
    public StringProperty userFilterProperty() { return userFilter; }
}
