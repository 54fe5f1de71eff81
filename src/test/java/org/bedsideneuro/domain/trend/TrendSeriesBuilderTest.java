package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.TrendSeries.Line;
import org.bedsideneuro.domain.trend.TrendSeries.Point;
import org.junit.jupiter.api.Test;

class TrendSeriesBuilderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final TrendSeriesBuilder builder = new TrendSeriesBuilder(ZoneOffset.UTC);

    private static PatientCourse demoCourse(PatientId id) {
        DemoWard ward = DemoWard.generate(CLOCK);
        Patient patient = ward.patients().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return PatientCourse.of(patient, ward.examsOf(id), ward.ordersOf(id), MmeTable.standard(), ZoneOffset.UTC, TODAY);
    }

    @Test
    void theNeuropathyStorysSuralAndPeronealAmplitudesArePercentagesOfTheirOwnLowerLimitsOnTheSameAxis() {
        PatientCourse course = demoCourse(DemoWard.NEUROPATHY_STORY);
        TrendSeries series = builder.build(course, course.firstDay(), TODAY);
        TrendSeries.Panel ncs = series.panel("ncs");
        assertThat(ncs.lines()).extracting(TrendSeries.Line::name)
                .containsExactly("Sural SNAP, left", "Sural SNAP, right", "Peroneal (EDB) CMAP, left", "Peroneal (EDB) CMAP, right");
        // sural 12.0, 7.5, 2.5 µV against 3 µV: 400 %, 250 %, 83 %
        assertThat(ncs.lines().get(0).points()).extracting(Point::y).containsExactly(400.0, 250.0, 83.0);
        assertThat(ncs.lines().get(0).points().get(2).valueText()).contains("2.5 µV (lower limit 3 µV, 83 %, below)");
        assertThat(ncs.lines().get(0).points()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(series.xFrom(), series.xTo());
        });
        assertThat(ncs.yMax()).isGreaterThanOrEqualTo(400.0);
        // a patient without studies gets no empty lane
        PatientCourse oin = demoCourse(DemoWard.OIN_STORY);
        assertThat(builder.build(oin, oin.firstDay(), TODAY).panels()).noneMatch(p -> p.id().equals("ncs"));
    }

    @Test
    void thePainLaneShowsThePegOnlyWhenCompleteBesideTheNrs() {
        PatientCourse course = demoCourse(DemoWard.PAINFUL_NEUROPATHY_STORY);
        TrendSeries series = builder.build(course, course.firstDay(), TODAY);
        assertThat(series.panel("pain").lines()).extracting(l -> l.name()).containsExactly("PEG", "NRS at rest", "NRS on movement");
        // Six complete PEGs in the story; the nurse's NRS-only entries add no PEG point.
        assertThat(series.panel("pain").lines().get(0).points()).hasSize(6)
                .anySatisfy(p -> assertThat(p.y()).isCloseTo(22.0 / 3, Offset.offset(0.01)));
    }

    @Test
    void theOinStoryHasItsFlagsMmeStepsAndOrderBarsOnOneAxis() {
        PatientCourse course = demoCourse(DemoWard.OIN_STORY);
        TrendSeries series = builder.build(course, course.firstDay(), TODAY);

        assertThat(series.flags()).extracting(Flag::code)
                .contains(FlagCode.MYOCLONUS_NEW, FlagCode.MYOCLONUS_RISING_WITH_MME, FlagCode.OIN_WARNING_SIGNS);
        assertThat(series.flags()).isEqualTo(course.flags());
        assertThat(series.mme()).isNotEmpty();
        assertThat(series.mme().get(0).startX()).isEqualTo(series.xFrom());
        assertThat(series.mme().get(series.mme().size() - 1).endX()).isEqualTo(series.xTo());
        assertThat(series.mmeMax()).isPositive();
        assertThat(series.opioidBars()).isNotEmpty().allSatisfy(b -> {
            assertThat(b.startX()).isGreaterThanOrEqualTo(series.xFrom());
            assertThat(b.endX()).isLessThanOrEqualTo(series.xTo());
        });
        assertThat(series.panel("jerkRate").lines()).hasSize(1);
        // Every exam behind a flag is on the chart, so the marker has its point.
        for (Flag flag : series.flags()) {
            List<Point> all = series.panels().stream().flatMap(p -> p.lines().stream()).flatMap(l -> l.points().stream()).toList();
            assertThat(all.stream().anyMatch(p -> flag.examIds().contains(p.examId())) || flag.examIds().isEmpty()
                    || noLineDrawsIt(flag)).isTrue();
        }
    }

    private static boolean noLineDrawsIt(Flag flag) {
        // oin_warning_signs and sedation come from observations with no charted value (CAM, POSS): only a marker.
        return flag.code() == FlagCode.OIN_WARNING_SIGNS || flag.code() == FlagCode.SEDATION_UNACCEPTABLE
                || flag.code() == FlagCode.EXTENSOR_PLANTAR || flag.code() == FlagCode.HYPERALGESIA_ESCALATION;
    }

    @Test
    void aPeriodShowsOnlyItsDaysAndItsFlags() {
        PatientCourse course = demoCourse(DemoWard.OIN_STORY);
        Flag first = course.flags().get(0);
        TrendSeries week = builder.build(course, first.date().minusDays(6), first.date());
        assertThat(week.xTo() - week.xFrom()).isEqualTo(7);
        assertThat(week.flags()).allSatisfy(f -> assertThat(f.date()).isBetween(week.from(), week.to())).contains(first);
        assertThat(week.panels()).allSatisfy(p -> p.lines().forEach(l -> l.points().forEach(pt ->
                assertThat(pt.x()).isBetween(week.xFrom(), week.xTo()))));
    }

    @Test
    void fiveYearsAreThinnedKeepingTheFlaggedObservationAndTheWorstGrade() {
        PatientId id = new PatientId("TEST-0005");
        Patient patient = new Patient(id, "Five", "Years", LocalDate.of(1950, 1, 1), Sex.FEMALE, "Neuro", "1");
        Clinician nurse = Clinician.create("Nurse Long", Role.NURSE);
        Clinician neuro = Clinician.create("Dr Long", Role.NEUROLOGIST);
        LocalDate start = TODAY.minusYears(5);
        List<Exam> exams = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(TODAY); d = d.plusDays(1)) {
            for (int h : new int[] {8, 16, 23}) {
                int count = d.equals(TODAY.minusDays(100)) && h == 16 ? 30 : 0; // the one day of myoclonus
                exams.add(exam(id, d, h, nurse, Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(count)),
                        Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(15))));
            }
            if (d.getDayOfMonth() % 2 == 0) {
                MrcGrade grade = d.equals(LocalDate.of(2025, 1, 10)) ? MrcGrade.THREE : MrcGrade.FIVE;
                exams.add(exam(id, d, 10, neuro, new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, grade),
                        new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FIVE)));
            }
        }
        MedicationOrder morphine = new MedicationOrder(OrderId.random(), id, "morphine", new BigDecimal("10"), DoseUnit.MG, Route.ORAL,
                new BigDecimal("4"), OffsetDateTime.of(start.atStartOfDay(), ZoneOffset.UTC), null, "");
        PatientCourse course = PatientCourse.of(patient, exams, List.of(morphine), MmeTable.standard(), ZoneOffset.UTC, TODAY);

        TrendSeries series = builder.build(course, course.firstDay(), TODAY);

        Line jerks = series.panel("jerkRate").lines().get(0);
        assertThat(jerks.recorded()).isGreaterThan(5000);
        assertThat(jerks.points().size()).isLessThan(TrendSeriesBuilder.POINTS_PER_LINE + 10);
        assertThat(jerks.points()).anySatisfy(p -> assertThat(p.y()).isEqualTo(120.0));
        Flag myoclonus = course.flags().stream().filter(f -> f.code() == FlagCode.MYOCLONUS_NEW).findFirst().orElseThrow();
        assertThat(jerks.points()).anySatisfy(p -> assertThat(p.examId()).isEqualTo(myoclonus.examIds().get(0)));
        Line left = series.panel("strength").lines().stream().filter(l -> l.side() == Side.LEFT).findFirst().orElseThrow();
        assertThat(left.points()).anySatisfy(p -> assertThat(p.valueText()).contains(": 3 ("));
        assertThat(series.mme()).hasSize(1); // one step for five years of the same regimen
        assertThat(series.drawnPoints()).isLessThan(1000);
    }

    private static Exam exam(PatientId id, LocalDate day, int hour, Clinician by, Finding... findings) {
        List<Finding> list = List.of(findings);
        return new Exam(ExamId.random(), id, ExamKind.of(list),
                OffsetDateTime.of(day.atTime(hour, 0), ZoneOffset.UTC), by, list, "", false, null);
    }
}
