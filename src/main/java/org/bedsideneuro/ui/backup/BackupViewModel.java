package org.bedsideneuro.ui.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.service.BackupService;
import org.bedsideneuro.service.BackupService.BackupSummary;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/**
 * Back up now, and restore from a backup, for an administrator. Everything touching files runs off the FX thread on a
 * runner of its own: the window's runner is closed with the window during a restore, and this one must outlive it to
 * report the outcome. A restore is three steps the person sees: choose (an automatic backup or a file), read what the
 * chosen backup holds (checked before anything is touched), confirm.
 */
public final class BackupViewModel implements AutoCloseable {
    private final BackupService service;
    private final Account account;
    private final RestoreHost host;
    private final ClinicalFormats formats;
    private final BackgroundRunner runner = new BackgroundRunner();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BackupSummary> candidate = new ReadOnlyObjectWrapper<>(this, "candidate");

    public BackupViewModel(BackupService service, Account account, RestoreHost host, ClinicalFormats formats) {
        this.service = Objects.requireNonNull(service, "service");
        this.account = Objects.requireNonNull(account, "account");
        this.host = Objects.requireNonNull(host, "host");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /** A backup offered for restore: an automatic one beside the database. */
    public record Choice(Path file, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** On a ward server IT backs up with pg_dump; the menu items say so instead of acting. */
    public boolean onServer() {
        return service.onServer();
    }

    /** Where the automatic backups are: the restore dialog's file chooser starts there. */
    public Path backupFolder() {
        return service.backupFolder();
    }

    /** A name for a new backup, in the person's home folder: today's date, so a week of them sort in order. */
    public Path suggestedTarget(Path home, LocalDate today) {
        return home.resolve("bedside-neuro-backup-" + today + ".db");
    }

    /** Writes a checked backup to {@code target}; the outcome in {@link #noticeProperty()}. */
    public void backUp(Path target) {
        notice.set(Notice.info("Backing up to " + target + "…"));
        runner.run(() -> service.backUp(account, target),
                summary -> notice.set(Notice.info("Backup written to " + summary.file() + ": " + contents(summary)
                        + ". It holds patient data and only your user account can read it: keep it somewhere safe.")),
                failure -> notice.set(Notice.of(failure)));
    }

    /** Reloads the automatic backups beside the database into {@link #choices()}, newest first. */
    public void loadChoices() {
        runner.run(() -> service.automaticBackups(account),
                found -> choices.setAll(found.stream().map(a -> new Choice(a.file(), "Automatic backup of " + formats.dateTime(a.taken()))).toList()),
                failure -> notice.set(Notice.of(failure)));
    }

    /** Checks {@code backup} (nothing is touched); a good one becomes the {@link #candidateProperty()} to confirm. */
    public void check(Path backup) {
        candidate.set(null);
        notice.set(Notice.info("Checking " + backup + "…"));
        runner.run(() -> service.check(account, backup),
                summary -> {
                    notice.set(null);
                    candidate.set(summary);
                },
                failure -> notice.set(Notice.problem(failure.message() + " Nothing was changed.")));
    }

    /** The question to confirm, naming the backup's date and what it holds. */
    public String confirmation(BackupSummary summary) {
        return "Restore the backup taken on " + formats.dateTime(summary.taken()) + " (" + contents(summary) + ")?\n\n"
                + "The ward as it is now will be replaced by this backup. The current database is kept aside beside it, "
                + "never deleted. Everyone else with BedsideNeuro open on this database must close it first. "
                + "After the restore, log in again.";
    }

    /** The person said no: nothing happens. */
    public void cancel() {
        candidate.set(null);
    }

    /**
     * Restores the confirmed candidate: the app lets go of the database, the backup replaces it (the current file kept
     * aside), and the app opens it again. If the restore fails, the app opens the database as it was, with the reason.
     */
    public void restoreCandidate() {
        BackupSummary chosen = candidate.get();
        if (chosen == null) {
            return;
        }
        candidate.set(null);
        host.release();
        runner.run(() -> service.restore(account, chosen.file()),
                aside -> {
                    host.reopen(Notice.info("Restored the backup taken on " + formats.dateTime(chosen.taken()) + " (" + contents(chosen)
                            + "). The database as it was before is kept at " + aside + "."));
                    runner.close();
                },
                failure -> {
                    host.reopen(Notice.problem("The backup was not restored. " + failure.message()));
                    runner.close();
                });
    }

    /** "12 patients, 85 exams and observations". */
    static String contents(BackupSummary summary) {
        long patients = summary.count("patient");
        long exams = summary.count("exam");
        return patients + (patients == 1 ? " patient, " : " patients, ") + exams + (exams == 1 ? " exam or observation" : " exams and observations");
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<BackupSummary> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    /** For tests: background work still pending. */
    public BackgroundRunner runner() {
        return runner;
    }

    /** Stops the runner, unless a restore is under way (it closes itself once the database is open again). */
    @Override
    public void close() {
        if (runner.pendingCount() == 0) {
            runner.close();
        }
    }
}
