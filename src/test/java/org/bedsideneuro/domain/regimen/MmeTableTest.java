package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bedsideneuro.domain.regimen.Orders.oral;
import static org.bedsideneuro.domain.regimen.Orders.order;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MmeTableTest {
    private final MmeTable table = MmeTable.standard();

    private BigDecimal dailyMme(MedicationOrder order) {
        MmeFactorLookup lookup = table.factorFor(order);
        assertThat(lookup).isInstanceOf(MmeFactorLookup.Counted.class);
        return ((MmeFactorLookup.Counted) lookup).dailyMme(order);
    }

    @ParameterizedTest(name = "{0} oral 10 mg x 2/day = {1} MME")
    @CsvSource({"codeine, 3", "hydrocodone, 20", "hydromorphone, 100", "methadone, 94", "morphine, 20",
            "oxycodone, 30", "oxymorphone, 60", "tapentadol, 8", "tramadol, 4"})
    void oralOpioidsUseTheCdc2022Factors(String drug, String expected) {
        assertThat(dailyMme(oral(drug, "10", "2"))).isEqualByComparingTo(expected);
        assertThat(table.factor(drug, Route.ORAL).orElseThrow().source()).contains("CDC").contains("2022");
        assertThat(table.factor(drug, Route.ORAL).orElseThrow().estimate()).isFalse();
    }

    @Test
    void fentanylPatchOf25McgPerHourIs60Mme() {
        MedicationOrder patch = order("fentanyl", "25", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", "2026-01-01T00:00:00Z", null);
        assertThat(dailyMme(patch)).isEqualByComparingTo("60");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Route.class, names = {"IV", "SC", "IM"})
    void parenteralEstimatesForEachParenteralRoute(Route route) {
        assertThat(dailyMme(order("morphine", "5", DoseUnit.MG, route, "6", "2026-01-01T00:00:00Z", null))).isEqualByComparingTo("90");
        assertThat(dailyMme(order("hydromorphone", "1", DoseUnit.MG, route, "6", "2026-01-01T00:00:00Z", null))).isEqualByComparingTo("120");
        assertThat(dailyMme(order("fentanyl", "50", DoseUnit.MCG, route, "4", "2026-01-01T00:00:00Z", null))).isEqualByComparingTo("60");
        assertThat(table.factor("morphine", route).orElseThrow().estimate()).isTrue();
        assertThat(table.factor("morphine", route).orElseThrow().describe()).contains("parenteral estimate");
    }

    @Test
    void microgramsAndMilligramsConvert() {
        assertThat(dailyMme(order("fentanyl", "0.05", DoseUnit.MG, Route.IV, "4", "2026-01-01T00:00:00Z", null))).isEqualByComparingTo("60");
        assertThat(dailyMme(order("morphine", "500", DoseUnit.MCG, Route.IV, "2", "2026-01-01T00:00:00Z", null))).isEqualByComparingTo("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clonazepam", "baclofen", "gabapentin", "pregabalin", "levetiracetam", "duloxetine"})
    void adjuvantsAreNotOpioidsAndNotCounted(String drug) {
        assertThat(DrugCatalog.classify(drug)).isEqualTo(DrugClass.ADJUVANT);
        assertNotCounted(oral(drug, "1", "2"), NotCountedReason.ADJUVANT);
    }

    @Test
    void buprenorphineIsNotCountedByAnyRoute() {
        assertNotCounted(order("buprenorphine", "0.2", DoseUnit.MG, Route.SUBLINGUAL, "3", "2026-01-01T00:00:00Z", null), NotCountedReason.BUPRENORPHINE);
        assertNotCounted(order("buprenorphine", "10", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", "2026-01-01T00:00:00Z", null), NotCountedReason.BUPRENORPHINE);
    }

    @Test
    void intrathecalMorphineIsNotCounted() {
        assertNotCounted(order("morphine", "1", DoseUnit.MG, Route.INTRATHECAL, "1", "2026-01-01T00:00:00Z", null), NotCountedReason.INTRATHECAL);
    }

    @Test
    void sublingualHasNoFactorInTheReferenceSoIsNotCounted() {
        assertNotCounted(order("fentanyl", "100", DoseUnit.MCG, Route.SUBLINGUAL, "2", "2026-01-01T00:00:00Z", null), NotCountedReason.NO_FACTOR_FOR_ROUTE);
        assertNotCounted(order("morphine", "10", DoseUnit.MG, Route.SUBLINGUAL, "2", "2026-01-01T00:00:00Z", null), NotCountedReason.NO_FACTOR_FOR_ROUTE);
    }

    @Test
    void opioidByARouteWithoutFactorIsNotCounted() {
        assertNotCounted(order("oxycodone", "5", DoseUnit.MG, Route.IV, "4", "2026-01-01T00:00:00Z", null), NotCountedReason.NO_FACTOR_FOR_ROUTE);
        assertNotCounted(order("methadone", "5", DoseUnit.MG, Route.SC, "2", "2026-01-01T00:00:00Z", null), NotCountedReason.NO_FACTOR_FOR_ROUTE);
    }

    @Test
    void unknownDrugIsNotCountedAndSaysSo() {
        MmeFactorLookup lookup = assertNotCounted(oral("paracetamol", "1000", "4"), NotCountedReason.UNKNOWN_DRUG);
        assertThat(((MmeFactorLookup.NotCounted) lookup).explanation()).contains("paracetamol");
    }

    @Test
    void settingsCanOverrideAParenteralEstimate() {
        MmeTable adjusted = new MmeTable(MmeTable.parenteral("morphine", DoseUnit.MG, "2.5"));
        MedicationOrder iv = order("morphine", "10", DoseUnit.MG, Route.IV, "2", "2026-01-01T00:00:00Z", null);
        assertThat(((MmeFactorLookup.Counted) adjusted.factorFor(iv)).dailyMme(iv)).isEqualByComparingTo("50");
        assertThat(((MmeFactorLookup.Counted) table.factorFor(iv)).dailyMme(iv)).isEqualByComparingTo("60");
        assertThat(adjusted.factor("oxycodone", Route.ORAL)).isEqualTo(table.factor("oxycodone", Route.ORAL));
    }

    @Test
    void aFactorForBuprenorphineOrAnAdjuvantCannotBeAdded() {
        assertThatThrownBy(() -> new MmeTable(List.of(new MmeFactor("buprenorphine", Route.ORAL, DoseUnit.MG, BigDecimal.TEN, "x", false))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MmeTable(List.of(new MmeFactor("gabapentin", Route.ORAL, DoseUnit.MG, BigDecimal.ONE, "x", false))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFactorCarriesItsSource() {
        assertThat(table.factors()).hasSize(9 + 1 + 9).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    private MmeFactorLookup assertNotCounted(MedicationOrder order, NotCountedReason reason) {
        MmeFactorLookup lookup = table.factorFor(order);
        assertThat(lookup.counted()).isFalse();
        assertThat(((MmeFactorLookup.NotCounted) lookup).reason()).isEqualTo(reason);
        return lookup;
    }
}
