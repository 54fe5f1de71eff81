package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two clinicians amend the same exam at the same moment, each from their own laptop (own Database, own connection):
 * one amendment is kept, the other clinician is told who amended it first, and nothing is overwritten or forked.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class ConcurrentAmendmentTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-1");

    @Test
    void theSecondOfTwoSimultaneousAmendmentsIsToldWhoWasFirstAndNothingIsOverwritten() throws Exception {
        DatabaseLocation location = backend.location(dir, "ward");
        int rounds = 8;
        try (Database ada = Database.open(location, clock); Database ben = Database.open(location, clock)) {
            Clinician neurologist = ada.write(s -> s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST));
            Clinician nurse = ben.write(s -> s.clinicians().findOrCreate("Dr Ben Sample", Role.NEUROLOGIST));
            ada.write(s -> {
                s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "", ""), neurologist);
                return null;
            });
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < rounds; round++) {
                    Exam original = Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-02-20T09:15:00Z").plusMinutes(round), neurologist,
                            List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "round " + round);
                    ada.write(s -> { s.exams().add(original, neurologist); return null; });
                    CyclicBarrier bothHaveRead = new CyclicBarrier(2);
                    Future<String> a = pool.submit(() -> amend(ada, original, neurologist, "Ada's correction", bothHaveRead));
                    Future<String> b = pool.submit(() -> amend(ben, original, nurse, "Ben's correction", bothHaveRead));
                    List<String> outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));

                    assertThat(outcomes).filteredOn("saved"::equals).as("exactly one amendment is kept").hasSize(1);
                    String refusal = outcomes.stream().filter(o -> !o.equals("saved")).findFirst().orElseThrow();
                    List<RecordedExam> versions = ada.read(s -> s.exams().history(mrn)).stream()
                            .filter(r -> r.exam().id().equals(original.id()) || r.exam().amendment() != null
                                    && r.exam().amendment().supersedes().equals(original.id()))
                            .toList();
                    assertThat(versions).hasSize(2);
                    RecordedExam kept = versions.stream().filter(r -> r.status() == ExamStatus.CURRENT).findFirst().orElseThrow();
                    String winner = kept.exam().amendment().by().displayName();
                    assertThat(refusal).as("the loser is told who amended first").contains("already amended by " + winner);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(ada.check().counts()).containsEntry("exam", (long) rounds * 2);
        }
    }

    /** Reads the exam as current, waits until the other clinician has read it too, then saves an amendment. */
    private String amend(Database db, Exam original, Clinician by, String note, CyclicBarrier bothHaveRead) {
        boolean[] first = {true};
        if (backend == Backend.POSTGRESQL) {
            // On the ward server a unit of work that lost to the other is retried as a whole, so it must not wait for
            // the other inside: both clinicians read the exam as current on their screens, then both save, and the
            // second save (or its retry) finds the first one's amendment.
            db.read(s -> s.exams().find(original.id()).orElseThrow());
            await(bothHaveRead);
            first[0] = false;
        }
        try {
            db.write(s -> {
                s.exams().find(original.id()).orElseThrow();
                if (first[0]) { // a retried unit of work must not wait again: the other one has finished
                    first[0] = false;
                    await(bothHaveRead);
                }
                s.exams().amend(original.amend(original.findings(), note, by, clock.instant(), note));
                return null;
            });
            return "saved";
        } catch (RecordConflictException e) {
            return e.getMessage();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
