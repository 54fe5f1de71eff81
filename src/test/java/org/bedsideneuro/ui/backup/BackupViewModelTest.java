package org.bedsideneuro.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.AutomaticBackups;
import org.bedsideneuro.persistence.Backups;
import org.bedsideneuro.persistence.ChainProblem;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.BackupService;
import org.bedsideneuro.testdb.Backend;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Backup and restore from the window, without a window: the view model, the service below it, real SQLite files. */
class BackupViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private Account admin;
    private Account nurse;
    private final FakeHost host = new FakeHost();

    /** The app's side of a restore: lets go of the database, then opens it again (here: just what happened). */
    private final class FakeHost implements RestoreHost {
        final List<String> calls = new ArrayList<>();
        Notice reopened;

        @Override
        public void release() {
            calls.add("release");
            db.close();
        }

        @Override
        public void reopen(Notice notice) {
            calls.add("reopen");
            reopened = notice;
            db = Database.open(file, CLOCK);
        }
    }

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void ward() {
        file = dir.resolve("ward/ward.db");
        db = Database.open(file, CLOCK);
        db.write(s -> {
            Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
            admin = s.accounts().create("Ida Admin", new LoginName("ida"), EnumSet.of(AccountRole.ADMINISTRATOR), "ida-password".toCharArray(), false, it);
            nurse = s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), false, it);
            return null;
        });
        addPatient("SYN-1");
        addPatient("SYN-2");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void addPatient(String mrn) {
        db.write(s -> {
            s.patients().add(new Patient(new PatientId(mrn), "Sample", "Sam", LocalDate.of(1960, 1, 1), Sex.OTHER, "4B", ""), nurse.clinician());
            return null;
        });
    }

    private BackupViewModel model(Account who) {
        return FxTestSupport.onFx(() -> new BackupViewModel(new BackupService(db, file, CLOCK), who, host, new ClinicalFormats(CLOCK)));
    }

    private static Notice notice(BackupViewModel model) {
        FxTestSupport.awaitQuiet(model.runner());
        return FxTestSupport.onFx(() -> model.noticeProperty().get());
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @Test
    void backUpNowWritesACheckedOwnerOnlyCopyAndSaysWhatItHolds() throws Exception {
        BackupViewModel model = model(admin);
        Path target = dir.resolve("usb/ward-backup.db");
        FxTestSupport.onFx(() -> model.backUp(target));
        Notice done = notice(model);
        assertThat(done.kind()).isEqualTo(Notice.Kind.INFO);
        assertThat(done.text()).startsWith("Backup written to " + target).contains("2 patients").contains("keep it somewhere safe");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Backups.verify(target).counts()).containsEntry("patient", 2L);
        List<AccessEntry> logged = db.read(s -> s.accessLog().find(null, null, null, null));
        assertThat(logged).as("in the access log like any export")
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("Backup of the whole database to " + target.toAbsolutePath()));

        FxTestSupport.onFx(() -> model.backUp(target));
        assertThat(notice(model).text()).as("never overwrites").contains("already exists");
    }

    @Test
    void restoreOffersTheAutomaticBackupsChecksAsksThenReplacesKeepingTheCurrentAside() throws Exception {
        Backups.automatic(db, file, CLOCK);
        addPatient("SYN-3"); // after the backup: not in the restored ward, but kept aside
        BackupViewModel model = model(admin);
        FxTestSupport.onFx(model::loadChoices);
        FxTestSupport.awaitQuiet(model.runner());
        List<BackupViewModel.Choice> choices = FxTestSupport.onFx(() -> List.copyOf(model.choices()));
        assertThat(choices).singleElement().satisfies(c -> assertThat(c.label()).isEqualTo("Automatic backup of 1 Mar 2026 10:00"));

        FxTestSupport.onFx(() -> model.check(choices.get(0).file()));
        FxTestSupport.awaitQuiet(model.runner());
        BackupService.BackupSummary candidate = FxTestSupport.onFx(() -> model.candidateProperty().get());
        assertThat(candidate).isNotNull();
        assertThat(model.confirmation(candidate)).startsWith("Restore the backup taken on 1 Mar 2026 10:00 (2 patients, 0 exams and observations)?")
                .contains("kept aside");
        assertThat(host.calls).as("nothing happens before the confirmation").isEmpty();

        FxTestSupport.onFx(model::restoreCandidate);
        FxTestSupport.awaitQuiet(model.runner());
        assertThat(host.calls).containsExactly("release", "reopen");
        assertThat(host.reopened.kind()).isEqualTo(Notice.Kind.INFO);
        assertThat(host.reopened.text()).startsWith("Restored the backup taken on 1 Mar 2026 10:00 (2 patients").contains("kept at");
        assertThat(db.<Long>read(s -> s.patients().count())).isEqualTo(2);
        Path aside = Path.of(host.reopened.text().substring(host.reopened.text().indexOf("kept at ") + 8).replaceAll("\\.$", ""));
        assertThat(Backups.verify(aside).counts()).containsEntry("patient", 3L);
        List<AccessEntry> logged = db.read(s -> s.accessLog().find(null, null, null, null));
        assertThat(logged).as("the restored database's access log says who restored it, from which file, and where the old one is")
                .last().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AccessAction.RESTORE);
                    assertThat(e.login()).isEqualTo(admin.login().toString());
                    assertThat(e.detail()).isEqualTo("Restore of the whole database from " + choices.get(0).file().toAbsolutePath()
                            + "; the database before it is kept at " + aside);
                });
        assertThat(db.<Optional<ChainProblem>>read(s -> s.chain().verify())).as("the entry is part of the hash chain").isEmpty();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingIsTouched() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list, not a ward");
        BackupViewModel model = model(admin);
        FxTestSupport.onFx(() -> model.check(notes));
        Notice refused = notice(model);
        assertThat(refused.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(refused.text()).contains("is not a BedsideNeuro database").endsWith("Nothing was changed.");
        assertThat(FxTestSupport.onFx(() -> model.candidateProperty().get())).isNull();
        FxTestSupport.onFx(model::restoreCandidate);
        assertThat(host.calls).isEmpty();
        assertThat(Files.readString(notes)).isEqualTo("shopping list, not a ward");
    }

    @Test
    void aRestoreThatFailsHalfwayPutsTheCurrentDatabaseBackAndSaysSo() throws Exception {
        Path backup = dir.resolve("backup.db");
        Backups.backup(db, backup);
        addPatient("SYN-3");
        // In the way of the restored copy: a folder, not empty, where the restore writes its temporary file.
        Files.createDirectories(file.resolveSibling("ward.db.restoring").resolve("in-the-way"));
        BackupViewModel model = model(admin);
        FxTestSupport.onFx(() -> model.check(backup));
        FxTestSupport.awaitQuiet(model.runner());
        assertThat(FxTestSupport.onFx(() -> model.candidateProperty().get())).isNotNull();
        FxTestSupport.onFx(model::restoreCandidate);
        FxTestSupport.awaitQuiet(model.runner());
        assertThat(host.calls).containsExactly("release", "reopen");
        assertThat(host.reopened.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(host.reopened.text()).startsWith("The backup was not restored.").contains("a folder of that name is in the way")
                .contains("put back as it was; nothing was lost");
        assertThat(db.<Long>read(s -> s.patients().count())).as("the ward as it was, SYN-3 included").isEqualTo(3);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void aNurseIsRefusedBelowTheWindowToo() {
        BackupService service = new BackupService(db, file, CLOCK);
        assertThatThrownBy(() -> service.backUp(nurse, dir.resolve("b.db")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only an administrator may");
        assertThatThrownBy(() -> service.restore(nurse, dir.resolve("b.db"))).isInstanceOf(AccessDeniedException.class);
        BackupViewModel model = model(nurse);
        FxTestSupport.onFx(() -> model.backUp(dir.resolve("b.db")));
        assertThat(notice(model).text()).contains("may not back up or restore the database: only an administrator may.");
        assertThat(dir.resolve("b.db")).doesNotExist();
    }

    @Test
    void onTheWardServerBackupsAreItsJobWithPgDump() {
        try (Database server = Backend.POSTGRESQL.open(dir, "ward", CLOCK)) {
            BackupService service = new BackupService(server, null, CLOCK);
            assertThat(service.onServer()).isTrue();
            assertThatThrownBy(() -> service.backUp(admin, dir.resolve("b.db"))).hasMessageContaining("pg_dump");
        }
    }

    @Test
    void aFailedAutomaticBackupIsShownCalmlyToEveryone() throws Exception {
        // A file where the backups folder should be: the automatic backup cannot write, whoever runs the tests.
        Files.writeString(Backups.folderFor(file), "in the way");
        AutomaticBackupStatus status = FxTestSupport.onFx(AutomaticBackupStatus::new);
        CountDownLatch reported = new CountDownLatch(1);
        try (AutomaticBackups backups = AutomaticBackups.start(db, file, CLOCK, Duration.ofHours(4), problem -> {
            status.failed(problem);
            reported.countDown();
        })) {
            assertThat(reported.await(30, TimeUnit.SECONDS)).isTrue();
        }
        WaitForAsyncUtils.waitForFxEvents();
        Notice shown = FxTestSupport.onFx(() -> status.noticeProperty().get());
        assertThat(shown.kind()).isEqualTo(Notice.Kind.PROBLEM);
        assertThat(shown.text()).startsWith("The automatic backup failed: Cannot write the backup ")
                .contains("(a file of that name is in the way: " + Backups.folderFor(file) + ")").endsWith(". Your data is safe; tell IT.");
        assertThat(AutomaticBackupStatus.onScreen("disk gone")).isEqualTo("The automatic backup failed: disk gone. Your data is safe; tell IT.");
    }
}
