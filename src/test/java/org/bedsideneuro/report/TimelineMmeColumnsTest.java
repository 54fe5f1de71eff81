package org.bedsideneuro.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.junit.jupiter.api.Test;

/**
 * The timeline's MME breakdown on days of a fictional patient (Berlin days), one kind of order a day. Expected values
 * worked by hand from clinical reference section 6: oxycodone oral 1.5 MME per mg; morphine sc and iv 3 per mg (the
 * default parenteral factor); PRN and PCA count what was given, an infusion its rate x 24 hours.
 */
class TimelineMmeColumnsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Patient PATIENT = new Patient(new PatientId("SYN-TL-2"), "Sample", "Kim", LocalDate.of(1955, 2, 2),
            Sex.UNKNOWN, "Neuro 4B", "6");
    private static final Clinician NURSE = Clinician.create("Nurse Sample (fictional)", Role.NURSE);

    private static final LocalDate PRN_DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate INFUSION_DAY = LocalDate.of(2026, 3, 4);
    private static final LocalDate PCA_EVENING = LocalDate.of(2026, 3, 6);
    private static final LocalDate PCA_MORNING = LocalDate.of(2026, 3, 7);
    private static final LocalDate ORDERED_DAY = LocalDate.of(2026, 3, 8);
    private static final LocalDate CHARTED_DAY = LocalDate.of(2026, 3, 9);

    private final List<MedicationOrder> orders = new ArrayList<>();
    private final List<Administration> chart = new ArrayList<>();
    private final Map<LocalDate, CSVRecord> days;

    TimelineMmeColumnsTest() {
        // PRN day: oxycodone 10 mg twice a day as ordered, and six of the PRN oxycodone 5 mg given (a seventh held)
        orders.add(order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(PRN_DAY, 0), at(PRN_DAY.plusDays(1), 0)));
        MedicationOrder prn = order("oxycodone", OrderKind.PRN, "5", DoseUnit.MG, Route.ORAL, "6", at(PRN_DAY, 0), at(PRN_DAY.plusDays(1), 0));
        orders.add(prn);
        for (int hour = 2; hour <= 22; hour += 4) {
            chart.add(dose(prn, at(PRN_DAY, hour), null, "5", AdministrationStatus.GIVEN, ""));
        }
        chart.add(dose(prn, at(PRN_DAY, 23), null, "5", AdministrationStatus.HELD, "asleep"));
        // Infusion day: morphine sc 1 mg/h the whole day
        orders.add(order("morphine", OrderKind.INFUSION, "1", DoseUnit.MG_PER_HOUR, Route.SC, null, at(INFUSION_DAY, 0), at(INFUSION_DAY.plusDays(1), 0)));
        // PCA: one reading of 8 mg over 22:00 to 02:00, four hours on each side of midnight
        MedicationOrder pca = order("morphine", OrderKind.PCA, "1", DoseUnit.MG, Route.IV, null, at(PCA_EVENING, 20), at(PCA_MORNING, 4));
        orders.add(pca);
        chart.add(dose(pca, at(PCA_MORNING, 2), at(PCA_EVENING, 22), "8", AdministrationStatus.GIVEN, ""));
        // A scheduled order with nothing charted, then one with a dose given and a dose held
        orders.add(order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(ORDERED_DAY, 0), at(ORDERED_DAY.plusDays(1), 0)));
        MedicationOrder charted = order("oxycodone", OrderKind.SCHEDULED, "10", DoseUnit.MG, Route.ORAL, "2", at(CHARTED_DAY, 0),
                at(CHARTED_DAY.plusDays(1), 0));
        orders.add(charted);
        chart.add(dose(charted, at(CHARTED_DAY, 8), null, "10", AdministrationStatus.GIVEN, ""));
        chart.add(dose(charted, at(CHARTED_DAY, 20), null, "10", AdministrationStatus.HELD, "nil by mouth"));
        days = timeline();
    }

    @Test
    void sixPrnDosesBesideAScheduledOrderAreCountedAndTheirMmeSplitOut() {
        CSVRecord day = days.get(PRN_DAY);

        // 10 mg x 2 x 1.5 = 30 as ordered + 6 x 5 mg x 1.5 = 45 as given; the held dose counts nothing
        assertThat(day.get("mme")).isEqualTo("75");
        assertThat(day.get("prn_doses_given")).isEqualTo("6");
        assertThat(day.get("prn_mme")).isEqualTo("45");
        assertThat(day.get("infusion_mme")).isEqualTo("0");
        assertThat(day.get("pca_mme")).isEqualTo("0");
        assertThat(day.get("mme_basis")).isEqualTo("as_given");
        assertThat(day.get("opioids")).isEqualTo("oxycodone oral 10 mg×2;oxycodone oral 5 mg prn≤6");
    }

    @Test
    void aWholeDayOfSubcutaneousMorphineAtOneMilligramAnHourIsSeventyTwoByRate() {
        CSVRecord day = days.get(INFUSION_DAY);

        // 1 mg/h x 24 h x 3
        assertThat(day.get("mme")).isEqualTo("72");
        assertThat(day.get("infusion_mme")).isEqualTo("72");
        assertThat(day.get("prn_doses_given")).isEqualTo("0");
        assertThat(day.get("prn_mme")).isEqualTo("0");
        assertThat(day.get("mme_basis")).isEqualTo("as_ordered");
        assertThat(day.get("opioids")).isEqualTo("morphine sc 1 mg/h infusion (parenteral estimate)");
    }

    @Test
    void aPcaReadingAcrossMidnightCountsFourMilligramsOnEachDay() {
        // 8 mg over four hours on each side: 4 mg x 3 = 12 on each day
        for (LocalDate date : List.of(PCA_EVENING, PCA_MORNING)) {
            CSVRecord day = days.get(date);
            assertThat(day.get("pca_mme")).as("%s", date).isEqualTo("12");
            assertThat(day.get("mme")).as("%s", date).isEqualTo("12");
            assertThat(day.get("mme_basis")).as("%s", date).isEqualTo("as_given");
            assertThat(day.get("opioids")).as("%s", date).isEqualTo("morphine iv 1 mg pca bolus (parenteral estimate)");
        }
    }

    @Test
    void theBasisIsAsOrderedUntilADoseIsChartedForTheDay() {
        assertThat(days.get(ORDERED_DAY).get("mme")).isEqualTo("30");
        assertThat(days.get(ORDERED_DAY).get("mme_basis")).isEqualTo("as_ordered");
        // one 10 mg dose given, the other held: 10 x 1.5
        assertThat(days.get(CHARTED_DAY).get("mme")).isEqualTo("15");
        assertThat(days.get(CHARTED_DAY).get("mme_basis")).isEqualTo("as_given");
        assertThat(days.get(CHARTED_DAY).get("prn_doses_given")).isEqualTo("0");
    }

    private Map<LocalDate, CSVRecord> timeline() {
        PatientCourse course = PatientCourse.of(PATIENT, List.of(), orders, chart, MmeTable.standard(), ZONE, CHARTED_DAY.plusDays(1));
        StringBuilder out = new StringBuilder();
        try {
            TimelineCsv.write(course, PRN_DAY, CHARTED_DAY, out);
            Map<LocalDate, CSVRecord> byDay = new TreeMap<>();
            try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                for (CSVRecord row : parser.getRecords()) {
                    byDay.put(LocalDate.parse(row.get("date")), row);
                }
            }
            return byDay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toOffsetDateTime();
    }

    private static MedicationOrder order(String drug, OrderKind kind, String dose, DoseUnit unit, Route route, String perDay,
                                         OffsetDateTime start, OffsetDateTime stop) {
        return new MedicationOrder(OrderId.random(), PATIENT.id(), drug, new BigDecimal(dose), unit, route,
                perDay == null ? null : new BigDecimal(perDay), start, stop, "", kind, Indication.NOCICEPTIVE_PAIN, null);
    }

    private static Administration dose(MedicationOrder order, OffsetDateTime at, OffsetDateTime periodStart, String dose,
                                       AdministrationStatus status, String note) {
        return new Administration(AdministrationId.random(), order.id(), order.patientId(), at, periodStart, new BigDecimal(dose),
                order.unit(), status, NURSE, note);
    }
}
