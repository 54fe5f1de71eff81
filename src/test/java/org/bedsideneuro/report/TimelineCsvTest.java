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
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.junit.jupiter.api.Test;

/**
 * A fictional patient's week of opioid orders, one kind of day each, as the timeline CSV prints them. Expected MME are
 * worked by hand from the factors of clinical reference section 6 (oxycodone oral 1.5 per mg, fentanyl iv 0.3 per mcg
 * by default, transdermal fentanyl 2.4 per mcg/h); buprenorphine and intrathecal doses are not counted.
 */
class TimelineCsvTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Patient PATIENT = new Patient(new PatientId("SYN-TL-1"), "Sample", "Alex", LocalDate.of(1958, 6, 1),
            Sex.UNKNOWN, "Neuro 4B", "3");

    private static final LocalDate BUPRENORPHINE_DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate INTRATHECAL_DAY = LocalDate.of(2026, 3, 4);
    private static final LocalDate FENTANYL_DAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate NO_OPIOID_DAY = LocalDate.of(2026, 3, 8);

    private final List<MedicationOrder> orders = List.of(
            wholeDay(BUPRENORPHINE_DAY, "buprenorphine", "0.2", DoseUnit.MG, Route.SUBLINGUAL, "3"),
            wholeDay(INTRATHECAL_DAY, "oxycodone", "10", DoseUnit.MG, Route.ORAL, "4"),
            wholeDay(INTRATHECAL_DAY, "morphine", "0.5", DoseUnit.MG, Route.INTRATHECAL, "1"),
            wholeDay(FENTANYL_DAY, "fentanyl", "50", DoseUnit.MCG, Route.IV, "6"),
            wholeDay(FENTANYL_DAY, "fentanyl", "12", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1"),
            wholeDay(NO_OPIOID_DAY, "gabapentin", "300", DoseUnit.MG, Route.ORAL, "3"));

    private final Map<LocalDate, CSVRecord> days = timeline(orders);

    @Test
    void theExistingColumnsKeepTheirPlaceTheMmeBreakdownFollowsAndThenTheFindings() throws IOException {
        List<String> header = parse(write(orders)).getHeaderNames();

        assertThat(header.subList(0, 6)).containsExactly("date", "mme", "opioids", "flags", "mme_complete", "not_counted");
        assertThat(header.subList(6, 11)).containsExactly("prn_doses_given", "prn_mme", "infusion_mme", "pca_mme", "mme_basis");
        assertThat(header.subList(11, header.size()))
                .containsExactlyElementsOf(TimelineCsv.findingColumns().stream().map(k -> k.columnName()).toList());
    }

    @Test
    void aBuprenorphineOnlyDayIsZeroMarkedIncompleteAndNamesTheOrder() {
        CSVRecord day = days.get(BUPRENORPHINE_DAY);

        assertThat(day.get("mme")).isEqualTo("0");
        assertThat(day.get("mme_complete")).isEqualTo("false");
        assertThat(day.get("opioids")).isEqualTo("buprenorphine sublingual 0.2 mg×3");
        assertThat(day.get("not_counted")).startsWith("buprenorphine sublingual 0.2 mg×3: ").contains("buprenorphine");
    }

    @Test
    void anIntrathecalOrderBesideOralOxycodoneCountsTheOxycodoneOnlyAndIsMarkedIncomplete() {
        CSVRecord day = days.get(INTRATHECAL_DAY);

        // oxycodone 10 mg × 4 a day × 1.5 = 60; the intrathecal morphine is not counted
        assertThat(day.get("mme")).isEqualTo("60");
        assertThat(day.get("mme_complete")).isEqualTo("false");
        assertThat(day.get("opioids")).isEqualTo("oxycodone oral 10 mg×4;morphine intrathecal 0.5 mg×1");
        assertThat(day.get("not_counted").split(";")).singleElement().asString()
                .startsWith("morphine intrathecal 0.5 mg×1: ").contains("intrathecal");
    }

    @Test
    void fentanylIsWrittenWithItsUnitsAndTheParenteralOrderIsMarkedAsAnEstimate() {
        CSVRecord day = days.get(FENTANYL_DAY);

        assertThat(day.get("opioids")).isEqualTo("fentanyl iv 50 mcg×6 (parenteral estimate);fentanyl transdermal 12 mcg/h");
        // iv 50 mcg × 6 × 0.3 = 90; patch 12 mcg/h × 2.4 = 28.8
        assertThat(day.get("mme")).isEqualTo("118.8");
        assertThat(day.get("mme_complete")).isEqualTo("true");
        assertThat(day.get("not_counted")).isEmpty();
    }

    @Test
    void aDayWithoutAnyOpioidIsZeroAndComplete() {
        CSVRecord day = days.get(NO_OPIOID_DAY);

        assertThat(day.get("mme")).isEqualTo("0");
        assertThat(day.get("opioids")).isEmpty();
        assertThat(day.get("mme_complete")).isEqualTo("true");
        assertThat(day.get("not_counted")).isEmpty();
    }

    private static MedicationOrder wholeDay(LocalDate day, String drug, String dose, DoseUnit unit, Route route, String dosesPerDay) {
        OffsetDateTime start = day.atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime stop = day.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        return new MedicationOrder(OrderId.random(), PATIENT.id(), drug, new BigDecimal(dose), unit, route, new BigDecimal(dosesPerDay),
                start, stop, "");
    }

    private static Map<LocalDate, CSVRecord> timeline(List<MedicationOrder> orders) {
        try {
            Map<LocalDate, CSVRecord> byDay = new TreeMap<>();
            for (CSVRecord row : parse(write(orders)).getRecords()) {
                byDay.put(LocalDate.parse(row.get("date")), row);
            }
            return byDay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(List<MedicationOrder> orders) throws IOException {
        PatientCourse course = PatientCourse.of(PATIENT, List.of(), new ArrayList<>(orders), MmeTable.standard(), ZONE, TODAY);
        StringBuilder out = new StringBuilder();
        TimelineCsv.write(course, BUPRENORPHINE_DAY, NO_OPIOID_DAY, out);
        return out.toString();
    }

    private static CSVParser parse(String csv) throws IOException {
        return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
    }
}
