package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.ReviewDecision;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.testing.DemoWardDatabase;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ward's flags column keeps each record's flags until the record changes: what it shows equals the
 * whole-ward computation, and a refresh after one saved observation reads that one record again, not the ward.
 */
class WardFlagsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private final BackgroundRunner runner = new BackgroundRunner();
    private Database db;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        runner.close();
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theReviewColumnSaysDueThenOverdueFromTheDayAfterAndNothingWithoutARunningOpioid() {
        PatientId id = new PatientId("REV-1");
        MedicationOrder morphine = new MedicationOrder(
                OrderId.random(), id, "morphine", BigDecimal.TEN,
                DoseUnit.MG, Route.ORAL, BigDecimal.valueOf(4),
                OffsetDateTime.parse("2026-02-01T08:00:00Z"), null, "");
        MmeTable table = MmeTable.standard();
        // Started 1 Feb: due 1 Mar (today), overdue from 2 Mar.
        assertThat(WardFlags.reviewOf(List.of(), List.of(morphine), table, CLOCK)).contains("Review due 2026-03-01");
        Clock nextDay = Clock.fixed(Instant.parse("2026-03-02T00:30:00Z"), ZoneOffset.UTC);
        assertThat(WardFlags.reviewOf(List.of(), List.of(morphine), table, nextDay)).contains("Review overdue since 2026-03-02");
        Exam review = Exam.record(id, ExamKind.EXAM, OffsetDateTime.parse("2026-03-01T09:00:00Z"),
                Clinician.create("Dr Review (fictional)", Role.NEUROLOGIST),
                List.of(Finding.unsided(FindingCode.REVIEW_DECISION, ReviewDecision.CONTINUE)), "");
        assertThat(WardFlags.reviewOf(List.of(review), List.of(morphine), table, nextDay)).contains("Review due 2026-06-01");
        assertThat(WardFlags.reviewOf(List.of(), List.of(morphine.stoppedAt(OffsetDateTime.parse("2026-03-01T06:00:00Z"))), table, nextDay))
                .isEmpty();
    }

    @Test
    void flagsEqualTheWholeWardComputationAndOnlyAChangedRecordIsReadAgain() {
        DemoWard ward = DemoWardDatabase.create(dir.resolve("ward.db"), CLOCK);
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        WardFlags flags = new WardFlags(WardRecords.of(db), CLOCK, runner);
        FxTestSupport.onFx(flags::refresh);
        FxTestSupport.awaitQuiet(runner);
        assertThat(shown(flags)).isEqualTo(wholeWard());
        int first = flags.computedRecords();
        assertThat(first).isPositive().isLessThanOrEqualTo(ward.patients().size());

        FxTestSupport.onFx(flags::refresh);
        FxTestSupport.awaitQuiet(runner);
        assertThat(flags.computedRecords()).as("nothing changed: nothing read again").isEqualTo(first);

        Patient patient = ward.patients().get(0);
        Clinician nurse = ward.clinicians().get(ward.clinicians().size() - 1);
        Exam poss = Exam.record(patient.id(), ExamKind.OBSERVATION, OffsetDateTime.parse("2026-03-01T09:00:00Z"), nurse,
                List.of(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SOMNOLENT)), "");
        db.write(s -> {
            s.exams().add(poss, nurse);
            return null;
        });
        FxTestSupport.onFx(flags::refresh);
        FxTestSupport.awaitQuiet(runner);
        assertThat(flags.computedRecords()).as("one record changed: one read again").isEqualTo(first + 1);
        assertThat(shown(flags)).isEqualTo(wholeWard());
        assertThat(shown(flags).get(patient.id())).as("the new POSS 4 is flagged today")
                .anySatisfy(f -> assertThat(f.code()).isEqualTo(FlagCode.SEDATION_UNACCEPTABLE));
    }

    private static Map<PatientId, List<Flag>> shown(WardFlags flags) {
        return FxTestSupport.onFx(() -> Map.copyOf(flags.recent()));
    }

    private Map<PatientId, List<Flag>> wholeWard() {
        return db.read(s -> {
            List<Patient> patients = s.patients().all();
            List<Exam> exams = new ArrayList<>();
            List<Administration> doses = new ArrayList<>();
            for (Patient p : patients) {
                exams.addAll(s.exams().current(p.id()));
                doses.addAll(s.administrations().current(p.id()));
            }
            return WardFlags.recentFlags(patients, exams, s.medications().all(), doses, CLOCK, TODAY);
        });
    }

    /** The demo's ward list: an overdue review is a story's (bed 2's neuropathy), not every patient who has no story. */
    @Test
    void onTheDemoWardOnlyAStoryHasAnOverdueReview() {
        Clock today = Clock.fixed(Instant.parse("2026-11-20T10:30:00Z"), ZoneOffset.UTC);
        DemoWard ward = DemoWard.generate(today);
        MmeTable table = MmeTable.standard();
        List<String> overdue = ward.patients().stream()
                .filter(p -> WardFlags.reviewOf(ward.examsOf(p.id()), ward.ordersOf(p.id()), table, today).orElse("").contains("overdue"))
                .map(p -> p.id().value()).toList();
        List<String> light = IntStream.of(4, 6, 7, 9, 10).mapToObj(n -> String.format("DEMO-%04d", n)).toList();
        assertThat(overdue).doesNotContainAnyElementsOf(light);
    }
}
