package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.account.Account;
import org.bedsideneuro.domain.account.AccountRole;
import org.bedsideneuro.domain.account.LoginName;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.AccessEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.LoginOutcome;
import org.bedsideneuro.service.LoginService;
import org.bedsideneuro.service.SigningService;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code copy-to} carries who may log in, what they signed and who looked at what (the ward server's rule: "with
 * its amendments, signatures and audit trail"), from a laptop's file into another file or the ward server, and the
 * target's hash chain still verifies. Source SQLite; target each backend.
 */
@ParameterizedClass(name = "to {0}")
@EnumSource(Backend.class)
class CopyToAccountsTest {
    @Parameter
    Backend target;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-CP");

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void accountsSignaturesAndTheAccessLogAreCopiedTheChainVerifiesAndASecondRunCopiesNothing() {
        Path file = dir.resolve("laptop.db");
        DatabaseLocation server = target.location(dir, "server");
        try (Database db = Database.open(server, clock)) { // the server has its own administrator already
            db.write(s -> s.accounts().create("IT Admin", new LoginName("it-admin"), EnumSet.of(AccountRole.ADMINISTRATOR),
                    "it-admin-password".toCharArray(), false, s.clinicians().findOrCreate("os:it", Role.OTHER)));
        }
        try (Database db = Database.open(file, clock)) {
            Account ada = db.write(s -> {
                Clinician it = s.clinicians().findOrCreate("os:it", Role.OTHER);
                s.accounts().create("Nurse Ben Sample", new LoginName("ben"), EnumSet.of(AccountRole.NURSE), "ben-password".toCharArray(), true, it);
                return s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST),
                        "ada-password".toCharArray(), false, it);
            });
            Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"), ada.clinician(),
                    List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Żółć", "Łukasz", LocalDate.of(1950, 5, 1), Sex.MALE, "4B", "1"), ada.clinician());
                s.exams().add(exam, ada.clinician());
                s.accessLog().record(ada.clinician(), AccessAction.OPEN_PATIENT, mrn, "patient page");
                s.accessLog().recordFailedLogin("ben", null, "wrong password (1 in a row)");
                return null;
            });
            SigningService signing = new SigningService(db);
            signing.sign(exam.id(), ada, "ada-password".toCharArray());
            signing.saveAndSign(exam.amend(exam.findings(), "re-tested", ada.clinician(), clock.instant(), "typo"), ada.clinician(),
                    "ada-password".toCharArray(), s -> null);
        }

        Result first = run("--db", file.toString(), "copy-to", server.describe());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Verified: every row of the source is in the target.", "Hash chain of the target: ok.")
                .containsPattern("account:\\s+2\\s+2\\s+0\\s+3")
                .containsPattern("exam_signature:\\s+2\\s+2\\s+0\\s+2")
                .containsPattern("access_log:\\s+2\\s+2\\s+0\\s+2");

        try (Database source = Database.open(file, clock); Database copy = Database.open(server, clock)) {
            Map<ExamId, List<Signature>> signed = copy.read(s -> s.signatures().forPatient(mrn));
            assertThat(signed).isEqualTo(source.<Map<ExamId, List<Signature>>>read(s -> s.signatures().forPatient(mrn))).hasSize(2);
            List<AccessEntry> log = copy.read(s -> s.accessLog().find(null, null, null, null));
            assertThat(log).isEqualTo(source.<List<AccessEntry>>read(s -> s.accessLog().find(null, null, null, null)));
            assertThat(new LoginService(copy).login("ada", "ada-password".toCharArray()))
                    .as("the same password works on the target: the hash and its parameters came along").isInstanceOf(LoginOutcome.LoggedIn.class);
            LoginOutcome bens = new LoginService(copy).login("ben", "ben-password".toCharArray());
            assertThat(bens).isInstanceOfSatisfying(LoginOutcome.LoggedIn.class, in -> assertThat(in.mustChangePassword()).isTrue());
            assertThat(new LoginService(copy).login("it-admin", "it-admin-password".toCharArray())).isInstanceOf(LoginOutcome.LoggedIn.class);
        }
        Result check = run("--db", server.describe(), "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("Hash chain:        ok");
        assertThat(run("--db", file.toString(), "check").out()).as("the source is untouched").contains("Hash chain:        ok");

        Result again = run("--db", file.toString(), "copy-to", server.describe());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("account:\\s+2\\s+0\\s+2\\s+3")
                .containsPattern("exam_signature:\\s+2\\s+0\\s+2\\s+2")
                .containsPattern("access_log:\\s+2\\s+0\\s+2\\s+\\d+");
    }

    /** One person, one account: the same clinician with another login on the target stops the copy, which writes nothing. */
    @Test
    void aPersonWithAnotherAccountOnTheTargetStopsTheCopyAndNothingIsWritten() {
        Path file = dir.resolve("laptop.db");
        DatabaseLocation server = target.location(dir, "server");
        try (Database db = Database.open(server, clock)) {
            db.write(s -> s.accounts().create("Dr Ada Testwell", new LoginName("ada.t"), EnumSet.of(AccountRole.NEUROLOGIST, AccountRole.ADMINISTRATOR),
                    "server-password".toCharArray(), false, s.clinicians().findOrCreate("os:it", Role.OTHER)));
        }
        try (Database db = Database.open(file, clock)) {
            db.write(s -> {
                Account ada = s.accounts().create("Dr Ada Testwell", new LoginName("ada"), EnumSet.of(AccountRole.NEUROLOGIST),
                        "ada-password".toCharArray(), false, s.clinicians().findOrCreate("os:it", Role.OTHER));
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "4B", "1"), ada.clinician());
                return null;
            });
        }
        Result copy = run("--db", file.toString(), "copy-to", server.describe());
        assertThat(copy.code()).isNotZero();
        assertThat(copy.err()).contains("The account ada cannot be copied: the target already has the account ada.t for the same person."
                + " Nothing was copied.").doesNotContain("Exception");
        try (Database db = Database.open(server, clock)) {
            Long patients = db.read(s -> s.patients().count());
            assertThat(patients).isZero();
        }
    }
}
