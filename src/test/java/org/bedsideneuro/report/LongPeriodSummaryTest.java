package org.bedsideneuro.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.exam.SignatureMeaning;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.report.ProgressSummary.CourseRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long period is summarised ({@link SummaryDetail}): a synthetic patient with two years of daily exams and
 * an observation every 4 hours gets the last 30 days in full, weekly then monthly rows before them, and still every
 * flag of the period, on a bounded number of pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongPeriodSummaryTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate START = TODAY.minusYears(2);
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZONE);
    final Patient patient = new Patient(new PatientId("LONG-2"), "Example", "Lang", LocalDate.of(1948, 2, 3), Sex.FEMALE, "4B", "9");
    final Clinician neurologist = Clinician.create("Dr Long Example", Role.NEUROLOGIST);
    final Clinician nurse = Clinician.create("Nurse Long Example", Role.NURSE);
    PatientCourse course;
    ProgressSummary summary;

    @TempDir
    Path dir;

    @BeforeAll
    void twoYears() {
        List<Exam> exams = new ArrayList<>();
        for (LocalDate day = START; !day.isAfter(TODAY); day = day.plusDays(1)) {
            int monthsIn = (int) ChronoUnit.MONTHS.between(START, day);
            // Distal weakness creeps in on the left from the ninth month (a flag), myoclonus appears in month 15.
            MrcGrade leftAnkle = monthsIn < 8 ? MrcGrade.FIVE : monthsIn < 16 ? MrcGrade.FOUR : MrcGrade.FOUR_MINUS;
            exams.add(new Exam(ExamId.random(), patient.id(), ExamKind.EXAM, day.atTime(9, 0).atZone(ZONE).toOffsetDateTime(), neurologist,
                    strength(leftAnkle), "", day.equals(START), null));
            for (int hour = 2; hour < 24; hour += 4) {
                int jerks = monthsIn >= 15 && hour == 14 ? 3 + monthsIn % 4 : 0;
                List<Finding> seen = new ArrayList<>(List.of(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(jerks)),
                        Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5)),
                        Finding.unsided(FindingCode.HALLUCINATIONS, monthsIn >= 20 && hour == 2 && day.getDayOfWeek() == DayOfWeek.MONDAY
                                ? YesNo.YES : YesNo.NO)));
                exams.add(Exam.record(patient.id(), ExamKind.OBSERVATION, day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime(), nurse, seen, ""));
            }
        }
        List<MedicationOrder> orders = List.of(
                new MedicationOrder(OrderId.random(), patient.id(), "morphine", BigDecimal.TEN, DoseUnit.MG, Route.ORAL, BigDecimal.valueOf(4),
                        START.atStartOfDay(ZONE).toOffsetDateTime(), START.plusMonths(14).atStartOfDay(ZONE).toOffsetDateTime(), ""),
                new MedicationOrder(OrderId.random(), patient.id(), "morphine", BigDecimal.valueOf(20), DoseUnit.MG, Route.ORAL, BigDecimal.valueOf(4),
                        START.plusMonths(14).atStartOfDay(ZONE).toOffsetDateTime(), null, ""));
        course = PatientCourse.of(patient, exams, orders, MmeTable.standard(), ZONE, TODAY);
        summary = ProgressSummaryBuilder.standard(ZONE).build(course, START, TODAY,
                new ProgressSummary.Printing(ZonedDateTime.now(clock), "os:tester", "9.9.9"));
    }

    private List<Finding> strength(MrcGrade leftAnkle) {
        List<Finding> findings = new ArrayList<>();
        for (FindingCode muscle : List.of(FindingCode.SHOULDER_ABDUCTION, FindingCode.ELBOW_FLEXION, FindingCode.WRIST_EXTENSION,
                FindingCode.HIP_FLEXION, FindingCode.KNEE_EXTENSION, FindingCode.ANKLE_DORSIFLEXION)) {
            for (Side side : Side.values()) {
                findings.add(new Finding(muscle, side, muscle == FindingCode.ANKLE_DORSIFLEXION && side == Side.LEFT ? leftAnkle : MrcGrade.FIVE));
            }
        }
        return findings;
    }

    @Test
    void theLastThirtyDaysAreInFullAndTheTimeBeforeInWeeksThenMonths() {
        assertThat(summary.summarised()).isTrue();
        assertThat(summary.detailFrom()).isEqualTo(TODAY.minusDays(SummaryDetail.RECENT_DAYS - 1L));
        List<CourseRow> rows = summary.earlierCourse();
        assertThat(rows.stream().filter(r -> !r.monthly())).hasSize(SummaryDetail.WEEKS)
                .allSatisfy(r -> assertThat(r.last().toEpochDay() - r.first().toEpochDay()).isEqualTo(6));
        assertThat(rows.stream().filter(CourseRow::monthly)).hasSizeBetween(16, 19);
        // the rows tile the summarised part: oldest first, no gap, no overlap, from the first day to the day before the detail
        assertThat(rows.get(0).first()).isEqualTo(START);
        assertThat(rows.get(rows.size() - 1).last()).isEqualTo(summary.detailFrom().minusDays(1));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).first()).isEqualTo(rows.get(i - 1).last().plusDays(1));
        }
        long examsBefore = course.exams().stream().filter(e -> e.kind() == ExamKind.EXAM && course.dayOf(e).isBefore(summary.detailFrom())).count();
        assertThat(rows.stream().mapToInt(CourseRow::exams).sum()).isEqualTo(examsBefore);
        assertThat(rows.stream().mapToInt(CourseRow::observations).sum()).isEqualTo(examsBefore * 6);
        // what the rows say: the dose doubled (MME 40 -> 80), the weakness (MRC sum 59 -> 58), myoclonus later on
        assertThat(rows.get(0).mmeMin()).isEqualByComparingTo("40");
        assertThat(rows.get(rows.size() - 1).mmeMax()).isEqualByComparingTo("80");
        assertThat(rows.get(0).worstMrcSum()).isEqualTo(60);
        assertThat(rows.get(rows.size() - 1).worstMrcSum()).isEqualTo(59);
        assertThat(rows.get(0).withMyoclonus()).isZero();
        assertThat(rows.get(rows.size() - 1).withMyoclonus()).isPositive();
        assertThat(rows.get(rows.size() - 1).maxJerkRate()).isPositive();
    }

    @Test
    void longLinesArePrintedThinnedKeepingTheirEndsExtremesAndFlaggedDays() {
        // Two years of daily exams: 731 points per line, thinned to about 500 for print.
        ProgressSummary.TrendChart strength = summary.charts().get(1);
        ProgressSummary.Series left = strength.series().stream().filter(s -> s.name().equals(Side.LEFT.label())).findFirst().orElseThrow();
        long flagDays = summary.flags().stream().map(Flag::date).distinct().count();
        assertThat(left.points()).hasSizeBetween(TrendChartsBuilder.PRINTED_POINTS_PER_SERIES - 2,
                (int) (TrendChartsBuilder.PRINTED_POINTS_PER_SERIES + flagDays + 4)).hasSizeLessThan(731);
        assertThat(left.points().get(0).date()).isEqualTo(START);
        assertThat(left.points().get(left.points().size() - 1).date()).isEqualTo(TODAY);
        assertThat(left.points()).extracting(ProgressSummary.Point::value).contains(5.0, 4.0); // MRC 5, then 4 and 4- (full grade 4)
        for (Flag f : summary.flags()) {
            if (f.code() == FlagCode.DISTAL_WEAKNESS_WORSENED) {
                assertThat(left.points()).extracting(ProgressSummary.Point::date).as("the day of " + f).contains(f.date());
            }
        }
        // still in time order, and the daily MME (a step chart) is never thinned
        for (int i = 1; i < left.points().size(); i++) {
            assertThat(left.points().get(i).date()).isAfter(left.points().get(i - 1).date());
        }
        assertThat(summary.charts().get(0).step()).isTrue();
        assertThat(summary.charts().get(0).series().get(0).points()).hasSize((int) (TODAY.toEpochDay() - START.toEpochDay()) + 1);
    }

    @Test
    void everyFlagOfThePeriodIsStillListedAndCountedInItsRow() {
        List<Flag> flags = course.flagsBetween(START, TODAY);
        assertThat(flags).isNotEmpty();
        assertThat(summary.flags()).containsExactlyElementsOf(flags);
        long before = flags.stream().filter(f -> f.date().isBefore(summary.detailFrom())).count();
        assertThat(before).as("flags fall in the summarised part too").isPositive();
        assertThat(summary.earlierCourse().stream().mapToInt(CourseRow::flags).sum()).isEqualTo(before);
    }

    @Test
    void theTablesHoldTheRecentWindowAndTheBaselineExam() {
        assertThat(summary.table().columns()).hasSize(SummaryDetail.RECENT_DAYS + 1);
        assertThat(summary.table().columns().get(0).baseline()).isTrue();
        assertThat(summary.table().columns().get(0).at().toLocalDate()).isEqualTo(START);
        assertThat(summary.table().columns().subList(1, SummaryDetail.RECENT_DAYS + 1))
                .allSatisfy(c -> assertThat(c.at().toLocalDate()).isAfterOrEqualTo(summary.detailFrom()));
        assertThat(summary.myoclonus().weekly()).isFalse();
        assertThat(summary.myoclonus().rows()).allSatisfy(r -> assertThat(r.first()).isAfterOrEqualTo(summary.detailFrom()));
        assertThat(summary.oinObservations()).allSatisfy(o -> assertThat(o.at().toLocalDate()).isAfterOrEqualTo(summary.detailFrom()));
        assertThat(summary.charts().get(0).series().get(0).points().get(0).date()).as("charts span the whole period").isEqualTo(START);
    }

    @Test
    void thePdfStaysShortAndPrintsEveryFlagAndTheSummaryRows() throws IOException {
        Path pdf = dir.resolve("two-years.pdf");
        int pages = new PdfSummaryWriter(PaperSize.A4).write(summary, pdf);
        assertThat(pages).isBetween(5, 30);
        List<String> text = PdfSummaryWriterTest.pages(pdf);
        assertThat(text).hasSize(pages);
        PdfSummaryWriterTest.assertEveryPageNumberedWithPatient(text, patient.displayName(), "LONG-2");
        String all = String.join("\n", text);
        assertThat(all).contains("Earlier course, summarised", "(week)", "(month)", "Serial exams from " + summary.detailFrom());
        for (Flag f : summary.flags()) {
            assertThat(all).contains(f.date().toString());
        }
        summary.flags().stream().map(Flag::title).distinct().forEach(title -> assertThat(all).contains(title));
    }

    @Test
    void aPeriodOfNinetyDaysOrLessIsShownInFull() {
        ProgressSummary quarter = ProgressSummaryBuilder.standard(ZONE).build(course, TODAY.minusDays(89), TODAY,
                new ProgressSummary.Printing(ZonedDateTime.now(clock), "os:tester", "9.9.9"));
        assertThat(quarter.summarised()).isFalse();
        assertThat(quarter.earlierCourse()).isEmpty();
        assertThat(quarter.table().columns()).hasSize(90);
    }

    @Test
    void signaturesArePrintedForTheExamsShownInDetailAndThePdfSaysWhereTheOlderOnesAre() throws IOException {
        List<RecordedExam> history = course.exams().stream()
                .map(e -> new RecordedExam(e, ExamStatus.CURRENT, e.recordedAt().toInstant()))
                .toList();
        Exam lastExam = course.exams().stream().filter(e -> e.kind() == ExamKind.EXAM).reduce((a, b) -> b).orElseThrow();
        Signature signed = new Signature(lastExam.id(), neurologist.id(),
                neurologist.displayName(), Role.NEUROLOGIST, lastExam.recordedAt().toInstant().plusSeconds(600),
                SignatureMeaning.AUTHOR);
        ProgressSummary withSignatures = ProgressSummaryBuilder.standard(ZONE).build(course, START, TODAY,
                new ProgressSummary.Printing(ZonedDateTime.now(clock), "os:tester", "9.9.9"), history,
                Map.of(lastExam.id(), List.of(signed)));

        // One line per bedside exam of the detailed window (one exam a day), none for the summarised years before it.
        assertThat(withSignatures.signedExams()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.at().toLocalDate()).isAfterOrEqualTo(withSignatures.detailFrom()));
        assertThat(withSignatures.signedExams()).hasSize((int) ChronoUnit.DAYS.between(withSignatures.detailFrom(), TODAY) + 1);
        assertThat(withSignatures.signedExams().get(withSignatures.signedExams().size() - 1).signatures())
                .containsExactly(signed.text(ZONE));

        Path pdf = dir.resolve("signed.pdf");
        new PdfSummaryWriter(PaperSize.A4).write(withSignatures, pdf);
        String all = String.join(" ", PdfSummaryWriterTest.pages(pdf)).replaceAll("\\s+", " "); // lines wrap where they will
        assertThat(all).contains("are summarised per week or month; each one's signature is in the exam history in the app",
                "Signed by Dr Long Example");
    }
}
