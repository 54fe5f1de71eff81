package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bedsideneuro.domain.regimen.Orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.junit.jupiter.api.Test;

class ParenteralFactorsTest {
    private final Clinician admin = Clinician.create("Dr Ada Admin", Role.NEUROLOGIST);
    private final Instant at = Instant.parse("2026-12-01T09:30:00Z");

    private static MmeFactor factor(String drug, Route route, DoseUnit per, String factor, String source) {
        return new MmeFactor(drug, route, per, new BigDecimal(factor), source, false);
    }

    @Test
    void aWardThatNeverChoseHasTheDefaultSetByNobody() {
        ParenteralFactors none = ParenteralFactors.notChosen();
        assertThat(none.preset()).contains(ParenteralPreset.DEFAULT);
        assertThat(none.setBy()).isEmpty();
        assertThat(none.inForceLine(ZoneId.of("UTC"))).isEqualTo("parenteral factors: BedsideNeuro default (never changed)");
        assertThat(none.table().factors()).containsExactlyInAnyOrderElementsOf(MmeTable.standard().factors());
    }

    @Test
    void aChosenPresetIsNamedWithWhoSetItAndWhen() {
        ParenteralFactors nci = ParenteralFactors.preset(ParenteralPreset.NCI_PDQ, admin, at);
        assertThat(nci.inForceLine(ZoneId.of("UTC"))).isEqualTo("parenteral factors: NCI PDQ, set 2026-12-01 by Dr Ada Admin");
        assertThat(nci.inForceLine(ZoneId.of("Pacific/Kiritimati"))).contains("set 2026-12-01"); // 23:30 there
        assertThat(nci.inForceLine(ZoneId.of("Pacific/Pago_Pago"))).contains("set 2026-11-30");
    }

    @Test
    void changesListEachDrugAndRouteWhoseFactorDiffersAndNeverSayZero() {
        ParenteralFactors before = ParenteralFactors.notChosen();
        ParenteralFactors nci = ParenteralFactors.preset(ParenteralPreset.NCI_PDQ, admin, at);
        assertThat(nci.changesFrom(before)).containsExactly(
                "hydromorphone iv: 20 MME per mg -> 15 MME per mg", "hydromorphone sc: 20 MME per mg -> 15 MME per mg",
                "hydromorphone im: 20 MME per mg -> 15 MME per mg", "oxymorphone iv: not counted -> 30 MME per mg",
                "oxymorphone sc: not counted -> 30 MME per mg", "oxymorphone im: not counted -> 30 MME per mg");
        ParenteralFactors treillet = ParenteralFactors.preset(ParenteralPreset.TREILLET_2018, admin, at);
        assertThat(treillet.changesFrom(nci)).contains("morphine sc: 3 MME per mg -> 2 MME per mg",
                "fentanyl iv: 0.3 MME per mcg -> 0.1 MME per mcg", "oxymorphone im: 30 MME per mg -> not counted");
        assertThat(treillet.changesFrom(nci)).noneMatch(line -> line.startsWith("morphine iv"));
        // the same numbers from another source: nothing to list
        assertThat(ParenteralFactors.preset(ParenteralPreset.VANDERBILT, admin, at).changesFrom(before)).isEmpty();
    }

    @Test
    void aCustomTableCountsOnlyWhatItGivesEachWithItsSource() {
        ParenteralFactors custom = ParenteralFactors.custom(List.of(
                factor("morphine", Route.IV, DoseUnit.MG, "2.5", "Pharmacy committee protocol P-12, 2026"),
                factor("hydromorphone", Route.SC, DoseUnit.MG, "12", "Pharmacy committee protocol P-12, 2026")), admin, at);
        assertThat(custom.isCustom()).isTrue();
        assertThat(custom.tableName()).isEqualTo("custom table");
        MmeTable table = custom.table();
        // morphine iv 10 mg x 2 = 20 mg x 2.5 = 50 MME
        MedicationOrder iv = order("morphine", "10", DoseUnit.MG, Route.IV, "2", "2026-01-01T00:00:00Z", null);
        assertThat(((MmeFactorLookup.Counted) table.factorFor(iv)).dailyMme(iv)).isEqualByComparingTo("50");
        assertThat(table.factor("morphine", Route.IV).orElseThrow().source()).isEqualTo("Pharmacy committee protocol P-12, 2026");
        assertThat(table.factor("morphine", Route.IV).orElseThrow().estimate()).isTrue();
        // morphine sc is not in this table: not counted, although the default has a factor for it
        MmeFactorLookup sc = table.factorFor("morphine", Route.SC);
        assertThat(sc.counted()).isFalse();
        assertThat(((MmeFactorLookup.NotCounted) sc).explanation()).contains("morphine sc", "parenteral factors in force");
        assertThat(table.factor("morphine", Route.ORAL)).isEqualTo(MmeTable.standard().factor("morphine", Route.ORAL));
    }

    @Test
    void aCustomFactorMustBeAboveZeroWithASource() {
        assertThatThrownBy(() -> factor("morphine", Route.IV, DoseUnit.MG, "0", "protocol")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> factor("morphine", Route.IV, DoseUnit.MG, "-1", "protocol")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> factor("morphine", Route.IV, DoseUnit.MG, "3", "  ")).hasMessageContaining("source is required");
        assertThatThrownBy(() -> ParenteralFactors.custom(List.of(factor("morphine", Route.IV, DoseUnit.MG, "3", "line one\nline two")), admin, at))
                .hasMessageContaining("one line");
    }

    @Test
    void aCustomTableTakesOnlyOpioidsOtherThanBuprenorphineByIvScOrIm() {
        assertThatThrownBy(() -> custom(factor("buprenorphine", Route.IV, DoseUnit.MG, "30", "x"))).hasMessageContaining("buprenorphine");
        assertThatThrownBy(() -> custom(factor("gabapentin", Route.IV, DoseUnit.MG, "1", "x"))).hasMessageContaining("only opioids");
        assertThatThrownBy(() -> custom(factor("morphine", Route.ORAL, DoseUnit.MG, "1", "x"))).hasMessageContaining("iv, sc or im");
        assertThatThrownBy(() -> custom(factor("morphine", Route.INTRATHECAL, DoseUnit.MG, "300", "x"))).hasMessageContaining("iv, sc or im");
        assertThatThrownBy(() -> custom(factor("morphine", Route.IV, DoseUnit.MG_PER_HOUR, "3", "x"))).hasMessageContaining("per mg or per mcg");
        assertThatThrownBy(() -> custom(factor("morphine", Route.IV, DoseUnit.MG, "3", "x"), factor("morphine", Route.IV, DoseUnit.MG, "2", "y")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ParenteralFactors.custom(List.of(), admin, at)).hasMessageContaining("at least one");
    }

    @Test
    void theSameTableIsRecognised() {
        assertThat(ParenteralFactors.preset(ParenteralPreset.NCI_PDQ, admin, at)
                .sameTableAs(ParenteralFactors.preset(ParenteralPreset.NCI_PDQ, Clinician.create("os:it", Role.OTHER), at.plusSeconds(60)))).isTrue();
        assertThat(ParenteralFactors.notChosen().sameTableAs(ParenteralFactors.preset(ParenteralPreset.VANDERBILT, admin, at))).isFalse();
        assertThat(custom(factor("morphine", Route.IV, DoseUnit.MG, "3", "x")).sameTableAs(custom(factor("morphine", Route.IV, DoseUnit.MG, "3", "x")))).isTrue();
        assertThat(custom(factor("morphine", Route.IV, DoseUnit.MG, "3", "x")).sameTableAs(ParenteralFactors.notChosen())).isFalse();
    }

    private ParenteralFactors custom(MmeFactor... factors) {
        return ParenteralFactors.custom(List.of(factors), admin, at);
    }
}
