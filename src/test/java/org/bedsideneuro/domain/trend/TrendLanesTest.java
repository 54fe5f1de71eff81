package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.TrendLanes.Lane;
import org.bedsideneuro.domain.trend.TrendLanes.StripLane;
import org.bedsideneuro.domain.trend.TrendLanes.StripRow;
import org.junit.jupiter.api.Test;

/** The trend overview's lanes and the crosshair's readout, checked against the course they come from. */
class TrendLanesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static PatientCourse demoCourse(PatientId id) {
        DemoWard ward = DemoWard.generate(CLOCK);
        Patient patient = ward.patients().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return PatientCourse.of(patient, ward.examsOf(id), ward.ordersOf(id), MmeTable.standard(), ZoneOffset.UTC, TODAY);
    }

    private static TrendLanes lanes(PatientCourse course, LocalDate from, LocalDate to) {
        TrendSeries series = new TrendSeriesBuilder(ZoneOffset.UTC).build(course, from, to);
        return new TrendLanesBuilder(ZoneOffset.UTC).build(course, series);
    }

    @Test
    void theLanesComeInTheOrderAWardRoundReadsTheStory() {
        PatientCourse course = demoCourse(DemoWard.OIN_STORY);
        TrendLanes lanes = lanes(course, course.firstDay(), TODAY);
        assertThat(lanes.lanes()).extracting(Lane::id)
                .containsExactly("mme", "orders", "strength", "reflexes", "gait", "jerkRate", "sedation", "egfr", "pain", "flags");
        assertThat(lanes.lane("mme").empty()).isFalse();
        assertThat(lanes.lane("jerkRate").empty()).isFalse();
        assertThat(lanes.lane("flags").empty()).isFalse();
    }

    @Test
    void strengthIsOneRowPerMuscleAndSideColouredByGradeAndMarkedWhenWorseThanBaseline() {
        PatientCourse course = demoCourse(DemoWard.NEUROPATHY_STORY);
        TrendLanes lanes = lanes(course, course.firstDay(), TODAY);
        StripLane strength = (StripLane) lanes.lane("strength");
        assertThat(strength.rows()).extracting(StripRow::label).contains("Ankle dorsiflexion L", "Ankle dorsiflexion R", "Wrist extension R");
        assertThat(strength.rows()).hasSizeLessThanOrEqualTo(14);
        Comparison comparison = Comparison.of(course.exams());
        FindingKey key = FindingKey.of(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT);
        StripRow row = strength.rows().stream().filter(r -> r.label().equals("Ankle dorsiflexion L")).findFirst().orElseThrow();
        List<Exam> recording = course.exams().stream().filter(e -> e.finding(key).isPresent()).toList();
        assertThat(row.cells()).hasSize(recording.size());
        for (int i = 0; i < recording.size(); i++) {
            FindingValue value = recording.get(i).finding(key).orElseThrow().value();
            TrendLanes.Cell cell = row.cells().get(i);
            assertThat(cell.examId()).isEqualTo(recording.get(i).id());
            assertThat(cell.value()).isEqualTo(value.label());
            assertThat(cell.worseThanBaseline()).isEqualTo(comparison.worseThanBaseline(key, value));
            assertThat(cell.severity()).isEqualTo(LaneSeverity.of(value));
            if (i > 0) {
                assertThat(cell.startX()).as("cells follow each other").isEqualTo(row.cells().get(i - 1).endX());
            }
        }
        assertThat(row.cells()).anySatisfy(c -> assertThat(c.worseThanBaseline()).isTrue());
        assertThat(row.cells().get(row.cells().size() - 1).endX()).isEqualTo(lanes.xTo());
        assertThat(LaneSeverity.of(MrcGrade.FIVE)).isZero();
        assertThat(LaneSeverity.of(MrcGrade.FOUR_PLUS)).isEqualTo(1);
        assertThat(LaneSeverity.of(MrcGrade.TWO)).isEqualTo(3);
    }

    @Test
    void aValueRecordedBeforeThePeriodIsCarriedIntoItsStart() {
        PatientCourse course = demoCourse(DemoWard.NEUROPATHY_STORY);
        Exam last = course.exams().stream().filter(e -> e.value(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT).isPresent())
                .reduce((a, b) -> b).orElseThrow();
        LocalDate from = course.dayOf(last).plusDays(1);
        TrendLanes lanes = lanes(course, from, TODAY);
        StripRow row = ((StripLane) lanes.lane("strength")).rows().stream().filter(r -> r.label().equals("Ankle dorsiflexion L"))
                .findFirst().orElseThrow();
        assertThat(row.cells()).hasSize(1);
        assertThat(row.cells().get(0).startX()).isEqualTo(lanes.xFrom());
        assertThat(row.cells().get(0).examId()).isEqualTo(last.id());
    }

    @Test
    void aLaneWithNothingRecordedInThePeriodIsEmptyAndSaysSo() {
        PatientCourse course = demoCourse(DemoWard.NEUROPATHY_STORY);
        TrendLanes lanes = lanes(course, course.firstDay(), TODAY);
        Lane jerks = lanes.lane("jerkRate");
        assertThat(jerks.empty()).isTrue();
        assertThat(jerks.emptyText()).isEqualTo("No jerk rate recorded in this period");
        assertThat(lanes.lane("strength").empty()).isFalse();
    }

    @Test
    void theCrosshairReadsTheDomainsValuesForADay() {
        PatientCourse course = demoCourse(DemoWard.OIN_STORY);
        TrendLanes lanes = lanes(course, course.firstDay(), TODAY);
        Flag rising = course.flags().stream().filter(f -> f.code() == FlagCode.MYOCLONUS_RISING_WITH_MME).findFirst().orElseThrow();
        LocalDate day = rising.date();
        TrendReadout readout = TrendReadout.of(day, lanes, course);

        assertThat(readout.mme()).isEqualTo(course.mmeOn(day));
        assertThat(readout.flags()).contains(rising).allSatisfy(f -> assertThat(f.date()).isEqualTo(day));
        List<Exam> thatDay = course.exams().stream().filter(e -> course.dayOf(e).equals(day)).toList();
        List<String> jerkRates = thatDay.stream().map(JerkRate::of).flatMap(Optional::stream).map(r -> r.toPlainString() + " jerks/h").toList();
        assertThat(jerkRates).isNotEmpty();
        assertThat(readout.values()).filteredOn(v -> v.laneId().equals("jerkRate")).hasSize(jerkRates.size())
                .allSatisfy(v -> assertThat(thatDay).extracting(Exam::id).contains(v.examId()))
                .extracting(TrendReadout.Value::value).allSatisfy(text -> assertThat(jerkRates).anySatisfy(r -> assertThat(text).startsWith(r)));
        // A strip value: the last recorded by the end of that day, with the exam it came from.
        Optional<Exam> lastPoss = course.exams().stream().filter(e -> !course.dayOf(e).isAfter(day))
                .filter(e -> e.value(FindingCode.SEDATION_POSS).isPresent()).max(Comparator.comparing(e -> e.recordedAt().toInstant()));
        assertThat(lastPoss).isPresent();
        TrendReadout.Value poss = readout.values().stream().filter(v -> v.row().equals("POSS")).findFirst().orElseThrow();
        assertThat(poss.examId()).isEqualTo(lastPoss.get().id());
        assertThat(poss.value()).isEqualTo(lastPoss.get().value(FindingCode.SEDATION_POSS).orElseThrow().label());
        assertThat(poss.source()).contains(lastPoss.get().recordedBy().signature());
    }

    @Test
    void flagsCloserThanAMarkerShareOneMarkerWithACountAndMarkersNeverOverlap() {
        PatientCourse course = demoCourse(DemoWard.NEUROPATHY_STORY);
        TrendLanes lanes = lanes(course, course.firstDay(), TODAY);
        double width = 900;
        double marker = 30;
        List<FlagGroups.Group> groups = FlagGroups.group(lanes.flags(), lanes.xFrom(), lanes.xTo(), width, marker);
        assertThat(groups.stream().mapToInt(FlagGroups.Group::count).sum()).isEqualTo(lanes.flags().size());
        assertThat(groups).anySatisfy(g -> assertThat(g.count()).isGreaterThan(1));
        double perDay = width / (lanes.xTo() - lanes.xFrom());
        for (int i = 1; i < groups.size(); i++) {
            assertThat((groups.get(i).x() - groups.get(i - 1).x()) * perDay).isGreaterThanOrEqualTo(marker);
        }
        assertThat(FlagGroups.group(lanes.flags(), lanes.xFrom(), lanes.xTo(), 1_000_000, marker)).as("wide enough: one each")
                .hasSize((int) lanes.flags().stream().map(Flag::date).distinct().count());
    }

    @Test
    void ticksSuitAWeekAMonthThreeMonthsAYearAndFiveYears() {
        LocalDate to = LocalDate.of(2026, 11, 20);
        assertThat(TimeTicks.of(to.minusDays(6), to)).hasSize(7).first().extracting(TimeTicks.Tick::label).isEqualTo("14 Nov 2026");
        assertThat(TimeTicks.of(to.minusDays(29), to)).extracting(TimeTicks.Tick::label)
                .containsExactly("26 Oct 2026", "2 Nov", "9 Nov", "16 Nov");
        assertThat(TimeTicks.of(to.minusDays(89), to)).extracting(TimeTicks.Tick::label)
                .containsExactly("1 Sep 2026", "15 Sep", "1 Oct", "15 Oct", "1 Nov", "15 Nov");
        assertThat(TimeTicks.of(to.minusDays(364), to)).extracting(TimeTicks.Tick::label)
                .containsExactly("Dec 2025", "Jan 2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov");
        assertThat(TimeTicks.of(to.minusYears(5), to)).extracting(TimeTicks.Tick::label)
                .containsExactly("2022", "2023", "2024", "2025", "2026");
        for (int days : new int[] {7, 30, 90, 365, 1826}) {
            List<TimeTicks.Tick> ticks = TimeTicks.of(to.minusDays(days - 1L), to);
            assertThat(ticks).as(days + " days").hasSizeBetween(4, 14);
            assertThat(ticks).allSatisfy(t -> assertThat(t.x()).isBetween((double) to.minusDays(days - 1L).toEpochDay(), (double) to.toEpochDay()));
        }
    }
}
