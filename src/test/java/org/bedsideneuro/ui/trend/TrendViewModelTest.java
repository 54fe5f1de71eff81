package org.bedsideneuro.ui.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.TrendSeries;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.testing.DemoWardDatabase;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;
    private Database db;
    private DemoWard ward;
    private final BackgroundRunner runner = new BackgroundRunner();
    private TrendViewModel model;
    private Patient oin;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void open() {
        Path file = dir.resolve("ward.db");
        ward = DemoWardDatabase.create(file, CLOCK);
        db = Database.open(file, CLOCK);
        oin = ward.patients().stream().filter(p -> p.id().equals(DemoWard.OIN_STORY)).findFirst().orElseThrow();
        model = FxTestSupport.onFx(() -> new TrendViewModel(WardRecords.of(db), CLOCK, runner));
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    private TrendSeries shown() {
        FxTestSupport.awaitQuiet(runner);
        return model.seriesProperty().get();
    }

    @Test
    void hoveringADaySaysEveryOrdersContributionAsGivenOrByRateWithItsFactor() {
        Patient elsa = ward.patients().stream().filter(p -> p.id().equals(DemoWard.RISING_MYOCLONUS_STORY)).findFirst().orElseThrow();
        FxTestSupport.onFx(() -> model.show(elsa));
        shown();
        // Two days ago: the driver 1 mg/h sc = 72 by rate; five PRN doses of 2.5 mg sc = 37.5 as given (ceiling 45).
        String breakdown = FxTestSupport.onFx(() -> model.mmeBreakdown(TODAY.minusDays(2)));
        assertThat(breakdown).contains("109.5 MME/day", "morphine sc infusion 1 mg/h: 72 by rate; 3 MME per mg (parenteral estimate)",
                "morphine sc 2.5 mg PRN, at most 6/day: 37.5 as given (ceiling 45, not counted)", "sources: ");
        assertThat(model.factorsInForceProperty().get()).isEqualTo("parenteral factors: BedsideNeuro default (never changed)");
    }

    @Test
    void zoomingPanningAndTheCrosshairMoveOverTheLoadedCourse() {
        FxTestSupport.onFx(() -> model.show(oin));
        shown();
        assertThat(model.lanesProperty().get().series()).isSameAs(model.seriesProperty().get());
        assertThat(model.readoutProperty().get()).as("no day chosen yet").isNull();

        // The arrow keys: from the last day, one day at a time, never out of the period.
        FxTestSupport.onFx(() -> model.moveCrosshair(-1));
        assertThat(model.crosshairDayProperty().get()).isEqualTo(TODAY);
        FxTestSupport.onFx(() -> model.moveCrosshair(-1));
        assertThat(model.crosshairDayProperty().get()).isEqualTo(TODAY.minusDays(1));
        assertThat(model.readoutProperty().get().day()).isEqualTo(TODAY.minusDays(1));
        assertThat(model.readoutProperty().get().mme()).isEqualTo(model.courseProperty().get().mmeOn(TODAY.minusDays(1)));
        FxTestSupport.onFx(() -> {
            model.moveCrosshair(1);
            model.moveCrosshair(1);
        });
        assertThat(model.crosshairDayProperty().get()).isEqualTo(TODAY);

        // Dragged across the axis, either way round: that period, as a custom one.
        FxTestSupport.onFx(() -> model.zoomTo(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 10)));
        TrendSeries zoomed = shown();
        assertThat(zoomed.from()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(zoomed.to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(model.periodProperty().get()).isEqualTo(TrendPeriod.CUSTOM);
        assertThat(model.periodErrorProperty().get()).isEmpty();
        assertThat(model.crosshairDayProperty().get()).as("the day left the period").isNull();

        // Panned a week back: the same length, earlier.
        FxTestSupport.onFx(() -> model.panBy(-7));
        TrendSeries panned = shown();
        assertThat(panned.from()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(panned.to()).isEqualTo(LocalDate.of(2026, 1, 24));
        assertThat(model.lanesProperty().get().from()).isEqualTo(panned.from());
    }

    @Test
    void periodsSelectTheirDaysFromTheLoadedCourse() {
        FxTestSupport.onFx(() -> model.show(oin));
        TrendSeries ninety = shown();
        assertThat(ninety.from()).isEqualTo(TODAY.minusDays(89));
        assertThat(ninety.to()).isEqualTo(TODAY);

        FxTestSupport.onFx(() -> model.periodProperty().set(TrendPeriod.LAST_7));
        assertThat(shown().from()).isEqualTo(TODAY.minusDays(6));
        FxTestSupport.onFx(() -> model.periodProperty().set(TrendPeriod.ALL));
        assertThat(shown().from()).isEqualTo(model.courseProperty().get().firstDay());

        FxTestSupport.onFx(() -> {
            model.periodProperty().set(TrendPeriod.CUSTOM);
            model.customFromProperty().set(LocalDate.of(2026, 1, 20));
        });
        FxTestSupport.awaitQuiet(runner);
        assertThat(model.periodErrorProperty().get()).isEqualTo("Choose both dates of the period.");
        FxTestSupport.onFx(() -> model.customToProperty().set(LocalDate.of(2026, 1, 10)));
        assertThat(model.periodErrorProperty().get()).isEqualTo("The period ends before it starts.");
        FxTestSupport.onFx(() -> model.customToProperty().set(LocalDate.of(2026, 1, 31)));
        TrendSeries custom = shown();
        assertThat(custom.from()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(custom.to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(custom.flags()).isNotEmpty().allSatisfy(f -> assertThat(f.date()).isBetween(custom.from(), custom.to()));
        assertThat(model.summaryProperty().get()).startsWith("20 Jan 2026 to 31 Jan 2026 · ");
    }

    @Test
    void theBannerListsFlagsNewestFirstWithWhatMadeThemFire() {
        FxTestSupport.onFx(() -> model.show(oin));
        FxTestSupport.awaitQuiet(runner);
        List<FlagLine> lines = model.flagLines();
        assertThat(lines).isNotEmpty();
        assertThat(lines).extracting(l -> l.flag().date()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        FlagLine rising = lines.stream().filter(l -> l.flag().code() == FlagCode.MYOCLONUS_RISING_WITH_MME).findFirst().orElseThrow();
        Flag flag = rising.flag();
        assertThat(rising.text()).isEqualTo(model.formats().date(flag.date()) + " · Myoclonus rising with the opioid dose ("
                + flag.values() + ")");
        assertThat(rising.text()).as("clinicians read titles, not codes").doesNotContain("myoclonus_rising_with_mme");
        assertThat(rising.details()).contains("possible opioid-induced neurotoxicity", flag.values(), flag.description());
    }

    @Test
    void aClickedPointOpensItsExam() {
        AtomicReference<ExamId> opened = new AtomicReference<>();
        FxTestSupport.onFx(() -> {
            model.setExamOpener(opened::set);
            model.show(oin);
        });
        TrendSeries series = shown();
        TrendSeries.Point point = series.panel("jerkRate").lines().get(0).points().get(0);
        FxTestSupport.onFx(() -> model.openExam(point.examId()));
        assertThat(opened.get()).isEqualTo(point.examId());
        assertThat(point.recordedBy()).isNotBlank();
    }

    /** The ward column's batch: one read for the whole ward, then each course in memory. Measured for 500 patients. */
    @Test
    void wardFlagsForFiveHundredPatientsInOneBatch() {
        List<Patient> patients = new ArrayList<>();
        List<Exam> exams = new ArrayList<>();
        List<MedicationOrder> orders = new ArrayList<>();
        for (int copy = 0; copy < 50; copy++) { // the eleven demo patients, fifty times over under other MRNs
            DemoWard w = DemoWard.generate(CLOCK, 1000 + copy);
            for (Patient p : w.patients()) {
                PatientId id = new PatientId(p.id().value() + "-" + copy);
                patients.add(new Patient(id, p.familyName(), p.givenName(), p.birthDate(), p.sex(), p.ward(), p.bed()));
                w.examsOf(p.id()).forEach(e -> exams.add(new Exam(ExamId.random(), id, e.kind(), e.recordedAt(), e.recordedBy(),
                        e.findings(), e.note(), e.baseline(), null)));
                w.ordersOf(p.id()).forEach(o -> orders.add(new MedicationOrder(OrderId.random(), id,
                        o.drug(), o.dose(), o.unit(), o.route(), o.dosesPerDay(), o.start(), o.stop(), o.note(), o.kind(), o.indication(), o.outcome())));
            }
        }
        long start = System.nanoTime();
        Map<PatientId, List<Flag>> flags = WardFlags.recentFlags(patients, exams, orders, CLOCK, TODAY);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Ward flags for " + patients.size() + " patients, " + exams.size() + " exams: " + millis + " ms");
        assertThat(flags).hasSize(550);
        assertThat(millis).isLessThan(20_000); // generous on a loaded 2-core machine; typically far less
    }
}
