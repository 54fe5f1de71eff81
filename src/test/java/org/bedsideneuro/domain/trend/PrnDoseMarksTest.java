package org.bedsideneuro.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.patient.Patient;
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
import org.junit.jupiter.api.Test;

/** The trend marks PRN doses given against the daily MME: per day over a short period, per week over a long one. */
class PrnDoseMarksTest {
    private static final Patient PATIENT = new Patient(Ward.PATIENT, "Test", "Tina", LocalDate.of(1950, 1, 1), Sex.FEMALE, "4B", "1");

    @Test
    void givenDosesAreCountedPerDayAndHeldOnesAreNot() {
        MedicationOrder prn = new MedicationOrder(OrderId.random(), Ward.PATIENT, "morphine", new BigDecimal("2.5"), DoseUnit.MG, Route.SC,
                new BigDecimal("6"), OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC), null, "", OrderKind.PRN,
                Indication.PALLIATIVE, null);
        List<Administration> doses = new ArrayList<>();
        // day 2: three given, one held; day 5: one given
        for (int[] d : new int[][] {{2, 8, 1}, {2, 12, 1}, {2, 18, 1}, {2, 22, 0}, {5, 9, 1}}) {
            doses.add(new Administration(AdministrationId.random(), prn.id(), Ward.PATIENT,
                    Ward.day(d[0]).atTime(d[1], 0).atOffset(ZoneOffset.UTC), null, new BigDecimal("2.5"), DoseUnit.MG,
                    d[2] == 1 ? AdministrationStatus.GIVEN : AdministrationStatus.HELD, Ward.NURSE, d[2] == 1 ? "" : "asleep"));
        }
        PatientCourse course = PatientCourse.of(PATIENT, List.of(), List.of(prn), doses, MmeTable.standard(), Ward.ZONE, Ward.day(200));
        TrendSeries month = new TrendSeriesBuilder(Ward.ZONE).build(course, Ward.day(1), Ward.day(30));
        assertThat(month.prnDoses()).extracting(TrendSeries.DoseMark::doses).containsExactly(3, 1);
        assertThat(month.prnDoses().get(0).startX()).isEqualTo(Ward.day(2).toEpochDay());
        assertThat(month.prnDoses().get(0).text()).startsWith("3 PRN doses given on " + Ward.day(2)).contains("morphine sc 2.5 mg at 08:00");
        TrendSeries half = new TrendSeriesBuilder(Ward.ZONE).build(course, Ward.day(1), Ward.day(180));
        assertThat(half.prnDoses()).singleElement().satisfies(m -> {
            assertThat(m.doses()).isEqualTo(4);
            assertThat(m.endX() - m.startX()).isEqualTo(7);
        });
    }

    @Test
    void anInfusionsRateReadsAsStepsUnderTheDailyMme() {
        // morphine sc 1 mg/h from day 3 08:00 (72 MME a whole day; 16 h on day 3: 48), 2 mg/h from day 10 00:00 (144)
        MedicationOrder first = new MedicationOrder(OrderId.random(), Ward.PATIENT, "morphine", new BigDecimal("1"), DoseUnit.MG_PER_HOUR,
                Route.SC, null, Ward.day(3).atTime(8, 0).atOffset(ZoneOffset.UTC), Ward.day(10).atStartOfDay().atOffset(ZoneOffset.UTC), "",
                OrderKind.INFUSION, Indication.PALLIATIVE, null);
        MedicationOrder second = new MedicationOrder(OrderId.random(), Ward.PATIENT, "morphine", new BigDecimal("2"), DoseUnit.MG_PER_HOUR,
                Route.SC, null, Ward.day(10).atStartOfDay().atOffset(ZoneOffset.UTC), null, "", OrderKind.INFUSION, Indication.PALLIATIVE, null);
        PatientCourse course = PatientCourse.of(PATIENT, List.of(), List.of(first, second), List.of(), MmeTable.standard(), Ward.ZONE, Ward.day(20));
        TrendSeries series = new TrendSeriesBuilder(Ward.ZONE).build(course, Ward.day(1), Ward.day(14));
        assertThat(series.infusionMme()).extracting(TrendSeries.Step::mme).containsExactly(0.0, 48.0, 72.0, 144.0);
        assertThat(series.infusionMme().get(2).startX()).isEqualTo(Ward.day(4).toEpochDay());
        assertThat(series.infusionMme().get(3).startX()).isEqualTo(Ward.day(10).toEpochDay());
    }
}
