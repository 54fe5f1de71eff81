package org.bedsideneuro.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.report.ProgressSummary.InfusionRun;
import org.bedsideneuro.report.ProgressSummary.PrnDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fictional patient (Berlin days) on oral oxycodone 10 mg twice a day, oxycodone 5 mg PRN at most 6 a day, a
 * morphine sc infusion at 1 then 2 mg/h and, for one day, a morphine iv PCA. Expected MME worked by hand from clinical
 * reference section 6 (oxycodone oral 1.5 per mg; morphine iv and sc 3 per mg, the default parenteral factor).
 */
class RegimenUseSummaryTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZONE); // 11:00 in Berlin
    static final LocalDate FROM = LocalDate.of(2026, 2, 26);
    static final LocalDate TO = LocalDate.of(2026, 3, 1);
    static final Patient PATIENT = new Patient(new PatientId("SYN-PRN-1"), "Łęcka", "Zofia", LocalDate.of(1949, 9, 9), Sex.FEMALE, "Neuro 4B", "2");
    static final Clinician NURSE = Clinician.create("Nurse Example (fictional)", Role.NURSE);

    @TempDir
    Path dir;

    final MedicationOrder scheduled = order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(20, 8), null);
    final MedicationOrder prn = order("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(20, 8), null);
    final MedicationOrder slowDriver = order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, at(25, 10), at(28, 10));
    final MedicationOrder fasterDriver = order("morphine", OrderKind.INFUSION, "2", DoseUnit.MG_PER_HOUR, Route.SC, null, at(28, 10), null);
    final MedicationOrder pca = order("morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null, at(26, 8), at(27, 8));

    final List<Administration> chart = List.of(
            dose(prn, at(28, 9), null, "5", AdministrationStatus.GIVEN, ""),
            dose(prn, at(28, 13), null, "5", AdministrationStatus.GIVEN, ""),
            dose(prn, at(28, 17), null, "5", AdministrationStatus.GIVEN, ""),
            dose(prn, at(28, 21), null, "5", AdministrationStatus.HELD, "drowsy, POSS 3"),
            dose(prn, march(1, 13), null, "5", AdministrationStatus.GIVEN, ""),
            dose(prn, march(1, 17), null, "5", AdministrationStatus.GIVEN, ""),
            dose(prn, march(1, 22), null, "5", AdministrationStatus.REFUSED, "no pain"),
            dose(prn, march(2, 8), null, "5", AdministrationStatus.GIVEN, ""),
            // PCA readings on the 26th: 4 mg 08-12, 6 mg 12-20, then 6 mg over 20-08 of which 4 hours (2 mg) fall on the 26th
            dose(pca, at(26, 12), at(26, 8), "4", AdministrationStatus.GIVEN, ""),
            dose(pca, at(26, 20), at(26, 12), "6", AdministrationStatus.GIVEN, ""),
            dose(pca, at(27, 8), at(26, 20), "6", AdministrationStatus.GIVEN, ""));

    ProgressSummary summary() {
        PatientCourse course = PatientCourse.of(PATIENT, List.of(), List.of(scheduled, prn, slowDriver, fasterDriver, pca), chart,
                MmeTable.standard(), ZONE, LocalDate.now(CLOCK));
        return ProgressSummaryBuilder.standard(ZONE).build(course, FROM, TO,
                new ProgressSummary.Printing(ZonedDateTime.now(CLOCK), "os:tester", "9.9.9"));
    }

    @Test
    void prnDosesAreCountedPerDayAndTheInfusionsListedWithRateFromAndTo() {
        ProgressSummary s = summary();

        assertThat(s.prnUse()).containsExactly(
                new PrnDay(FROM, prn.summary(), 0, 0, new BigDecimal("0.00")),
                new PrnDay(FROM.plusDays(1), prn.summary(), 0, 0, new BigDecimal("0.00")),
                new PrnDay(LocalDate.of(2026, 2, 28), prn.summary(), 3, 1, new BigDecimal("22.50")), // 3 x 5 mg x 1.5
                new PrnDay(TO, prn.summary(), 2, 1, new BigDecimal("15.00")));                      // 2 x 5 mg x 1.5
        assertThat(s.infusions()).containsExactly(
                new InfusionRun("morphine sc infusion 1 mg/h", slowDriver.start(), slowDriver.stop(), new BigDecimal("72.00")),  // 24 mg x 3
                new InfusionRun("morphine sc infusion 2 mg/h", fasterDriver.start(), null, new BigDecimal("144.00")));          // 48 mg x 3
    }

    @Test
    void theMmeAtTheStartSaysHowEachOrderWasCountedAndThePrnCeilingIsNeverAdded() {
        ProgressSummary s = summary();

        // 26 Feb: oxycodone 10 mg x 2 x 1.5 = 30 as ordered; no PRN dose (ceiling 5 x 6 x 1.5 = 45, not added);
        // infusion 1 mg/h x 24 x 3 = 72; PCA 4 + 6 + 2 = 12 mg x 3 = 36 as delivered
        assertThat(s.mmeAtStart().mme()).isEqualByComparingTo("138");
        assertThat(s.mmeAtStart().counted()).extracting(c -> c.order().kind(), MmeContribution::countedAs, MmeContribution::mme)
                .containsExactlyInAnyOrder(
                        tuple(OrderKind.SCHEDULED, MmeContribution.CountedAs.AS_ORDERED, new BigDecimal("30.00")),
                        tuple(OrderKind.PRN, MmeContribution.CountedAs.AS_GIVEN, new BigDecimal("0.00")),
                        tuple(OrderKind.INFUSION, MmeContribution.CountedAs.BY_RATE, new BigDecimal("72.00")),
                        tuple(OrderKind.PCA, MmeContribution.CountedAs.PUMP_READINGS, new BigDecimal("36.00")));
        // Now (2 March 11:00): 30 as ordered + 2 mg/h x 24 x 3 = 144 + the three PRN doses of the last 24 hours, 22.5
        assertThat(s.mmeNow().mme()).isEqualByComparingTo("196.5");
    }

    @Test
    void thePdfPrintsTheContributionsThePrnDaysAndTheInfusionsWithThePatientAndPageOnEveryPage() throws IOException {
        ProgressSummary s = summary();
        Path pdf = dir.resolve("regimen.pdf");
        int count = new PdfSummaryWriter(PaperSize.A4).write(s, pdf);

        List<String> pages = PdfSummaryWriterTest.pages(pdf);
        assertThat(pages).hasSize(count);
        PdfSummaryWriterTest.assertEveryPageNumberedWithPatient(pages, "Łęcka, Zofia", "SYN-PRN-1");
        String all = String.join("\n", pages);
        assertThat(all).contains("At the start of the period (2026-02-26): 138.00 MME/day", "Now (2026-03-02 11:00 CET): 196.50 MME/day",
                "as ordered", "as given", "by rate", "as delivered",
                "ceiling 45.00 MME/day, for information, not counted");
        assertThat(all).contains("Infusions in this period",
                "morphine sc infusion 1 mg/h 2026-02-25 10:00 2026-02-28 10:00 72.00",
                "morphine sc infusion 2 mg/h 2026-02-28 10:00 running 144.00");
        assertThat(all).contains("PRN (as needed) doses per day",
                "2026-02-28 oxycodone oral 5 mg PRN, at most 6/day 3 1 22.50",
                "2026-03-01 oxycodone oral 5 mg PRN, at most 6/day 2 1 15.00");
    }

    private static OffsetDateTime at(int dayOfFebruary, int hour) {
        return LocalDate.of(2026, 2, dayOfFebruary).atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    private static OffsetDateTime march(int day, int hour) {
        return LocalDate.of(2026, 3, day).atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    private static MedicationOrder order(String drug, OrderKind kind, String dose, DoseUnit unit, Route route, String perDay,
                                         OffsetDateTime start, OffsetDateTime stop) {
        return new MedicationOrder(OrderId.random(), PATIENT.id(), drug, new BigDecimal(dose), unit, route,
                perDay == null ? null : new BigDecimal(perDay), start, stop, "", kind, Indication.CANCER_PAIN, null);
    }

    private static Administration dose(MedicationOrder order, OffsetDateTime at, OffsetDateTime periodStart, String dose,
                                       AdministrationStatus status, String note) {
        return new Administration(AdministrationId.random(), order.id(), order.patientId(), at, periodStart, new BigDecimal(dose),
                order.unit(), status, NURSE, note);
    }
}
