package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bedsideneuro.domain.regimen.Orders.oral;
import static org.bedsideneuro.domain.regimen.Orders.order;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpioidRotationTest {
    private final OpioidRotation rotation = new OpioidRotation(MmeTable.standard());
    private final MedicationOrder morphine120 = oral("morphine", "30", "4");

    private RotationResult.Proposal proposal(RotationResult result) {
        assertThat(result).isInstanceOf(RotationResult.Proposal.class);
        return (RotationResult.Proposal) result;
    }

    @Test
    void morphine120ToOralOxycodoneIs80EquianalgesicAnd60AfterTheDefault25PercentReduction() {
        RotationResult.Proposal p = proposal(rotation.propose(morphine120, "oxycodone", Route.ORAL));
        assertThat(p.fromDailyMme()).isEqualByComparingTo("120");
        assertThat(p.equianalgesicDailyAmount()).isEqualByComparingTo("80");
        assertThat(p.reductionPercent()).isEqualByComparingTo("25");
        assertThat(p.proposedDailyAmount()).isEqualByComparingTo("60");
        assertThat(p.unit()).isEqualTo(DoseUnit.MG);
        assertThat(p.explanation()).contains("clinician confirms");
    }

    @Test
    void theClinicianCanReduceByUpToHalf() {
        assertThat(proposal(rotation.propose(morphine120, "oxycodone", Route.ORAL, new BigDecimal("50"))).proposedDailyAmount())
                .isEqualByComparingTo("40");
        assertThatThrownBy(() -> rotation.propose(morphine120, "oxycodone", Route.ORAL, new BigDecimal("10")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rotation.propose(morphine120, "oxycodone", Route.ORAL, new BigDecimal("60")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toSubcutaneousHydromorphoneUsesTheParenteralEstimate() {
        RotationResult.Proposal p = proposal(rotation.propose(morphine120, "hydromorphone", Route.SC));
        assertThat(p.equianalgesicDailyAmount()).isEqualByComparingTo("6");
        assertThat(p.proposedDailyAmount()).isEqualByComparingTo("4.5");
    }

    @Test
    void toAFentanylPatchGivesAPatchRateRoundedDown() {
        RotationResult.Proposal p = proposal(rotation.propose(morphine120, "fentanyl", Route.TRANSDERMAL));
        assertThat(p.equianalgesicDailyAmount()).isEqualByComparingTo("50");
        assertThat(p.proposedDailyAmount()).isEqualByComparingTo("37"); // 37.5 rounded down
        assertThat(p.unit()).isEqualTo(DoseUnit.MCG_PER_HOUR);
    }

    @Test
    void fromAPatchToOralMorphine() {
        MedicationOrder patch = order("fentanyl", "25", DoseUnit.MCG_PER_HOUR, Route.TRANSDERMAL, "1", "2026-01-01T00:00:00Z", null);
        assertThat(proposal(rotation.propose(patch, "morphine", Route.ORAL)).proposedDailyAmount()).isEqualByComparingTo("45");
    }

    @Test
    void rotationToMethadoneNeedsASpecialist() {
        assertThat(rotation.propose(morphine120, "methadone", Route.ORAL))
                .isInstanceOf(RotationResult.SpecialistDosingRequired.class);
    }

    @Test
    void rotationFromMethadoneNeedsASpecialist() {
        RotationResult result = rotation.propose(oral("methadone", "10", "3"), "morphine", Route.ORAL);
        assertThat(result).isInstanceOf(RotationResult.SpecialistDosingRequired.class);
        assertThat(((RotationResult.SpecialistDosingRequired) result).reason()).contains("from methadone");
    }

    @Test
    void noProposalFromBuprenorphineOrToASublingualRoute() {
        MedicationOrder bup = order("buprenorphine", "0.4", DoseUnit.MG, Route.SUBLINGUAL, "3", "2026-01-01T00:00:00Z", null);
        assertThat(rotation.propose(bup, "morphine", Route.ORAL)).isInstanceOf(RotationResult.NotComputable.class);
        assertThat(rotation.propose(morphine120, "fentanyl", Route.SUBLINGUAL)).isInstanceOf(RotationResult.NotComputable.class);
    }
}
