package org.bedsideneuro.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #12 point 5, "nothing is saved twice": a form keeps its exam id from the first save attempt on, and a save
 * retried with that id is recognised as already saved, including when the first attempt committed on the server and
 * only its acknowledgement was lost (here: another connection, as a laptop that reconnected, repeats the save).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RetriedSaveTest {
    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final PatientId mrn = new PatientId("SYN-021");
    private Database db;
    private Clinician neurologist;

    @BeforeEach
    void openWard() {
        db = backend.open(dir, "ward", clock);
        neurologist = db.write(s -> {
            Clinician c = s.clinicians().findOrCreate("Dr Ada Testwell", Role.NEUROLOGIST);
            s.patients().add(new Patient(mrn, "Example", "Erin", LocalDate.of(1950, 5, 1), Sex.FEMALE, "Neuro 4B", "12"), c);
            return c;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Exam exam(String note) {
        return Exam.record(mrn, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:30:00Z"), neurologist,
                List.of(new Finding(FindingCode.HIP_FLEXION, Side.LEFT, MrcGrade.FOUR),
                        Finding.unsided(FindingCode.JERK_COUNT, new NumericValue(new BigDecimal("3")))), note);
    }

    private long rows(String table) {
        return db.read(s -> {
            try (var st = s.connection().createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aSaveRepeatedWithTheSameIdIsAlreadySavedNotSavedTwice() {
        Exam exam = exam("first");
        boolean written = db.write(s -> s.exams().add(exam, neurologist));
        assertThat(written).isTrue();
        long audit = db.read(s -> s.audit().forPatient(mrn).size());

        // The acknowledgement was lost: the laptop reconnects (another connection) and saves the same exam again,
        // a few minutes later, so its recorded time as the form would build it has moved on.
        Exam retried = exam.withId(exam.id());
        try (Database reconnected = Database.open(locationOf(), clock)) {
            boolean again = reconnected.write(s -> s.exams().add(retried, neurologist));
            assertThat(again).isFalse();
        }

        assertThat(current()).extracting(Exam::id).containsExactly(exam.id());
        assertThat(history()).hasSize(1);
        long auditAfter = db.read(s -> s.audit().forPatient(mrn).size());
        assertThat(auditAfter).as("no second audit entry").isEqualTo(audit);
    }

    @Test
    void theSameIdWithOtherEntriesIsRefusedAndNothingIsWritten() {
        Exam exam = exam("first");
        db.write(s -> s.exams().add(exam, neurologist));
        Exam changed = exam("changed after the lost acknowledgement").withId(exam.id());

        assertThatThrownBy(() -> db.write(s -> s.exams().add(changed, neurologist)))
                .isInstanceOf(RecordConflictException.class).hasMessageContaining("already saved");
        assertThat(history()).singleElement().satisfies(r -> assertThat(r.exam().note()).isEqualTo("first"));
    }

    @Test
    void aRetriedAmendmentIsOneNewVersionNotAConflictWithItself() {
        Exam exam = exam("first");
        db.write(s -> s.exams().add(exam, neurologist));
        Exam amendment = exam.amend(exam.findings(), "corrected", neurologist, clock.instant(), "typo");
        boolean first = db.write(s -> s.exams().amend(amendment));
        boolean retried = db.write(s -> s.exams().amend(amendment));

        assertThat(first).isTrue();
        assertThat(retried).isFalse();
        assertThat(history()).hasSize(2);
        assertThat(current()).extracting(Exam::id).containsExactly(amendment.id());
    }

    @Test
    void twoLaptopsRetryingTheSameSaveAtOnceStoreOneCopy() throws Exception {
        Exam exam = exam("raced");
        try (Database other = Database.open(locationOf(), clock)) {
            var pool = Executors.newFixedThreadPool(2);
            try {
                Future<Boolean> first = pool.submit(() -> db.<Boolean>write(s -> s.exams().add(exam, neurologist)));
                Future<Boolean> second = pool.submit(() -> other.<Boolean>write(s -> s.exams().add(exam, neurologist)));
                assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
            } finally {
                pool.shutdown();
            }
        }
        assertThat(history()).hasSize(1);
        assertThat(rows("finding")).isEqualTo(2);
    }

    private List<Exam> current() {
        return db.read(s -> s.exams().current(mrn));
    }

    private List<RecordedExam> history() {
        return db.read(s -> s.exams().history(mrn));
    }

    private DatabaseLocation locationOf() {
        return backend.location(dir, "ward");
    }
}
