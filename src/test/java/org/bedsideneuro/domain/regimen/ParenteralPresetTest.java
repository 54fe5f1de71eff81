package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bedsideneuro.domain.regimen.Orders.order;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The presets of clinical reference section 6, computed by hand. */
class ParenteralPresetTest {
    private static BigDecimal dailyMme(ParenteralPreset preset, MedicationOrder order) {
        MmeFactorLookup lookup = MmeTable.withParenteral(preset.factors()).factorFor(order);
        assertThat(lookup).as(preset + " counts " + order.summary()).isInstanceOf(MmeFactorLookup.Counted.class);
        return ((MmeFactorLookup.Counted) lookup).dailyMme(order);
    }

    private static MedicationOrder every4h(String drug, String dose, DoseUnit unit, Route route) {
        return order(drug, dose, unit, route, "6", "2026-01-01T00:00:00Z", null);
    }

    // hydromorphone iv 2 mg x 6 = 12 mg a day
    @ParameterizedTest(name = "{0}: hydromorphone iv 12 mg/day x {1} = {2} MME")
    @CsvSource({"DEFAULT, 20, 240", "NCI_PDQ, 15, 180", "TREILLET_2018, 11, 132", "VANDERBILT, 20, 240"})
    void hydromorphoneIvTwelveMilligramsADay(ParenteralPreset preset, String factor, String mme) {
        assertThat(dailyMme(preset, every4h("hydromorphone", "2", DoseUnit.MG, Route.IV))).isEqualByComparingTo(mme);
        assertThat(MmeTable.withParenteral(preset.factors()).factor("hydromorphone", Route.IV).orElseThrow().factor()).isEqualByComparingTo(factor);
    }

    @Test
    void treilletCountsSubcutaneousMorphineTwoToOneButIvAndImThreeToOne() {
        // morphine sc 10 mg once a day: Treillet 2 x 10 = 20; default 3 x 10 = 30
        MedicationOrder sc = order("morphine", "10", DoseUnit.MG, Route.SC, "1", "2026-01-01T00:00:00Z", null);
        assertThat(dailyMme(ParenteralPreset.TREILLET_2018, sc)).isEqualByComparingTo("20");
        assertThat(dailyMme(ParenteralPreset.DEFAULT, sc)).isEqualByComparingTo("30");
        for (Route route : new Route[] {Route.IV, Route.IM}) {
            assertThat(dailyMme(ParenteralPreset.TREILLET_2018, order("morphine", "10", DoseUnit.MG, route, "1", "2026-01-01T00:00:00Z", null)))
                    .isEqualByComparingTo("30");
        }
        assertThat(MmeTable.withParenteral(ParenteralPreset.TREILLET_2018.factors()).factor("morphine", Route.SC).orElseThrow().source())
                .contains("2:1", "empendium/McMaster table 1.29-1", "section 6");
    }

    @Test
    void fentanylIvFiftyMicrogramsFourTimesADay() {
        // 200 mcg a day: 0.3 -> 60 MME; Treillet / CDC 2018 file 0.1 (1 mg = 100 mg oral morphine) -> 20 MME
        MedicationOrder iv = order("fentanyl", "50", DoseUnit.MCG, Route.IV, "4", "2026-01-01T00:00:00Z", null);
        assertThat(dailyMme(ParenteralPreset.DEFAULT, iv)).isEqualByComparingTo("60");
        assertThat(dailyMme(ParenteralPreset.NCI_PDQ, iv)).isEqualByComparingTo("60");
        assertThat(dailyMme(ParenteralPreset.VANDERBILT, iv)).isEqualByComparingTo("60");
        assertThat(dailyMme(ParenteralPreset.TREILLET_2018, iv)).isEqualByComparingTo("20");
    }

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"IV", "SC", "IM"})
    void oxymorphoneParenteralIsCountedOnlyUnderNciPdq(Route route) {
        // oxymorphone 1 mg x 6 = 6 mg; NCI PDQ 30 -> 180 MME
        MedicationOrder oxymorphone = every4h("oxymorphone", "1", DoseUnit.MG, route);
        assertThat(dailyMme(ParenteralPreset.NCI_PDQ, oxymorphone)).isEqualByComparingTo("180");
        for (ParenteralPreset other : new ParenteralPreset[] {ParenteralPreset.DEFAULT, ParenteralPreset.TREILLET_2018, ParenteralPreset.VANDERBILT}) {
            MmeFactorLookup lookup = MmeTable.withParenteral(other.factors()).factorFor(oxymorphone);
            assertThat(lookup.counted()).as(other.code()).isFalse();
            assertThat(((MmeFactorLookup.NotCounted) lookup).reason()).isEqualTo(NotCountedReason.NO_FACTOR_FOR_ROUTE);
        }
    }

    @ParameterizedTest
    @EnumSource(ParenteralPreset.class)
    void everyFactorIsParenteralWithItsPublishedSourceAndTheOralFactorsStayCdc(ParenteralPreset preset) {
        assertThat(preset.factors()).allSatisfy(f -> {
            assertThat(f.route().isParenteral()).isTrue();
            assertThat(f.source()).contains("section 6");
            assertThat(f.estimate()).isTrue();
        });
        MmeTable table = MmeTable.withParenteral(preset.factors());
        assertThat(table.factor("oxycodone", Route.ORAL)).isEqualTo(MmeTable.standard().factor("oxycodone", Route.ORAL));
        assertThat(table.factor("fentanyl", Route.TRANSDERMAL)).isEqualTo(MmeTable.standard().factor("fentanyl", Route.TRANSDERMAL));
    }

    @Test
    void eachPresetCitesItsOwnSource() {
        assertThat(ParenteralPreset.NCI_PDQ.factors()).allSatisfy(f -> assertThat(f.source()).contains("NCI PDQ"));
        assertThat(ParenteralPreset.VANDERBILT.factors()).allSatisfy(f -> assertThat(f.source()).contains("Vanderbilt"));
        assertThat(ParenteralPreset.TREILLET_2018.factors()).filteredOn(f -> f.drug().equals("hydromorphone"))
                .allSatisfy(f -> assertThat(f.source()).contains("Treillet", "10.2147/JPR.S170269"));
        assertThat(ParenteralPreset.TREILLET_2018.factors()).filteredOn(f -> f.drug().equals("fentanyl"))
                .allSatisfy(f -> assertThat(f.source()).contains("CDC 2018 MME data file"));
    }

    @Test
    void theDefaultPresetIsTheStandardTable() {
        MmeTable byPreset = MmeTable.withParenteral(ParenteralPreset.DEFAULT.factors());
        assertThat(byPreset.factors()).containsExactlyInAnyOrderElementsOf(MmeTable.standard().factors());
    }

    @Test
    void theCommandLineNamesParseAndABadNameListsTheValidOnes() {
        assertThat(ParenteralPreset.parse("nci-pdq")).isEqualTo(ParenteralPreset.NCI_PDQ);
        assertThat(ParenteralPreset.parse("treillet-2018")).isEqualTo(ParenteralPreset.TREILLET_2018);
        assertThat(ParenteralPreset.parse("default")).isEqualTo(ParenteralPreset.DEFAULT);
        assertThat(ParenteralPreset.parse("vanderbilt")).isEqualTo(ParenteralPreset.VANDERBILT);
        assertThatThrownBy(() -> ParenteralPreset.parse("nci"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default, nci-pdq, treillet-2018, vanderbilt");
    }
}
