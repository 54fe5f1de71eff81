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
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.AuditEntry;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.testdb.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verbs on a ward-server database: check works, backup and restore point to pg_dump, copy-to moves a laptop's file. */
class ServerCommandsTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-1");

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void checkWorksOnTheServerAndBackupAndRestoreSayToUsePgDump() {
        String uri = TestPostgres.get().createDatabase().describe();
        Result check = run("--db", uri, "check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("(PostgreSQL)", "Integrity:         ok", "Schema version:    " + Database.SCHEMA_VERSION, "Hash chain:        ok");

        Result backup = run("--db", uri, "backup", "--out", dir.resolve("b.db").toString());
        assertThat(backup.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(backup.err()).contains("pg_dump", "'backup' works on a database file only");
        assertThat(dir.resolve("b.db")).doesNotExist();

        Result restore = run("--db", uri, "restore", dir.resolve("b.db").toString());
        assertThat(restore.err()).contains("pg_restore");
    }

    @Test
    void aPasswordInTheUriIsAUsageErrorAndIsNotEchoed() {
        Result r = run("--db", "postgresql://nurse:hunter2@ward/bn", "check");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("never given on the command line").doesNotContain("hunter2");
    }

    @Test
    void anUnreachableServerIsExplained() {
        Result r = run("--db", "postgresql://nurse@127.0.0.1:1/bn", "check");
        assertThat(r.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.err()).contains("Cannot reach the ward server at 127.0.0.1:1");
    }

    @Test
    void copyToMovesEveryVersionDraftAndAuditLineAndASecondRunCopiesNothing() {
        Path file = dir.resolve("ward.db");
        DatabaseLocation.PostgresServer server = TestPostgres.get().createDatabase();
        Clinician nurseOnServer;
        try (Database target = Database.open(server, clock)) { // the same nurse was set up on the server first, another id
            nurseOnServer = target.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
        }
        Draft draft;
        try (Database db = Database.open(file, clock)) {
            Clinician ada = db.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            Clinician ben = db.write(s -> s.clinicians().findOrCreate("Nurse Ben Sample", Role.NURSE));
            draft = Draft.start(ben.id(), mrn, "exam", null, clock.instant()).withFields(Map.of("note", "half typed"), clock.instant());
            db.write(s -> {
                s.patients().add(new Patient(mrn, "Żółć", "Łukasz", LocalDate.of(1950, 5, 1), Sex.MALE, "4B", "1"), ada);
                Exam exam = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-20T09:15:00+01:00"), ada,
                        List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "first");
                s.exams().add(exam, ada);
                Exam second = exam.amend(exam.findings(), "second", ada, clock.instant(), "typo");
                s.exams().amend(second);
                s.exams().amend(second.amend(second.findings(), "third", ada, clock.instant(), "another")); // exams are a neurologist's
                Exam wrong = Exam.record(mrn, ExamKind.OBSERVATION, OffsetDateTime.parse("2026-02-21T09:15:00Z"), ben,
                        List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.THREE)), "");
                s.exams().add(wrong, ben);
                s.exams().voidExam(wrong.id(), ben, "wrong patient");
                s.drafts().save(draft);
                return null;
            });
        }

        Result first = run("--db", file.toString(), "copy-to", server.describe());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Verified: every row of the source is in the target.")
                .containsPattern("exam:\\s+4\\s+4\\s+0\\s+4")
                .containsPattern("exam_void:\\s+1\\s+1\\s+0\\s+1")
                .containsPattern("clinician:\\s+2\\s+1\\s+1\\s+2");

        try (Database source = Database.open(file, clock); Database target = Database.open(server, clock)) {
            assertThat(history(target)).isEqualTo(history(source));
            assertThat(target.<List<Draft>>read(s -> s.drafts().byAuthor(nurseOnServer.id()))).singleElement()
                    .satisfies(d -> assertThat(d.fields()).containsEntry("note", "half typed"));
            List<AuditEntry> trail = target.read(s -> s.audit().forPatient(mrn));
            assertThat(trail).hasSize(source.<List<AuditEntry>>read(s -> s.audit().forPatient(mrn)).size()).hasSizeGreaterThan(4);
            assertThat(target.check().integrity()).isEqualTo("ok");
        }

        assertThat(run("--db", server.describe(), "check").out()).contains("Hash chain:        ok");
        Result again = run("--db", file.toString(), "copy-to", server.describe());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("exam:\\s+4\\s+0\\s+4\\s+4")
                // the server's own line (the nurse set up there first) stays beside the eight copied ones
                .containsPattern("audit_log:\\s+8\\s+0\\s+8\\s+9");
    }

    /** Every version as the app shows it: who, what, status; ids and times included. */
    private static List<String> history(Database db) {
        return db.<List<RecordedExam>>read(s -> s.exams().history(new PatientId("SYN-1"))).stream()
                .map(r -> r.exam().id() + " " + r.status() + " " + r.exam().recordedAt() + " " + r.exam().recordedBy().signature() + " "
                        + r.exam().note() + " " + r.exam().findings() + " " + (r.exam().amendment() == null ? "" : r.exam().amendment().by().signature()))
                .sorted().toList();
    }
}
