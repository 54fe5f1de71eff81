package org.bedsideneuro.domain.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The neuropathic-pain plan of clinical reference section 8, by hand. */
class FirstLineHistoryTest {
    static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

    @Test
    void oneLinePerFirstLineDrugWithItsHighestDailyDoseTimeRunAndOutcome() {
        MedicationOrder gaba1 = Orders.order("gabapentin", "300", DoseUnit.MG, Route.ORAL, "3", "2026-01-01T08:00:00Z", "2026-01-15T08:00:00Z");
        MedicationOrder gaba2 = Orders.order("gabapentin", "600", DoseUnit.MG, Route.ORAL, "3", "2026-01-15T08:00:00Z", null)
                .stoppedAt(OffsetDateTime.parse("2026-02-12T08:00:00Z"), TrialOutcome.INEFFECTIVE);
        MedicationOrder dulox = Orders.order("duloxetine", "60", DoseUnit.MG, Route.ORAL, "1", "2026-02-12T08:00:00Z", null)
                .stoppedAt(OffsetDateTime.parse("2026-02-26T08:00:00Z"), TrialOutcome.NOT_TOLERATED);
        MedicationOrder amitriptyline = Orders.order("amitriptyline", "10", DoseUnit.MG, Route.ORAL, "1", "2026-03-30T20:00:00Z", null);
        MedicationOrder morphine = Orders.order("morphine", "10", DoseUnit.MG, Route.ORAL, "4", "2026-03-01T08:00:00Z", null);
        MedicationOrder sertraline = Orders.order("sertraline", "50", DoseUnit.MG, Route.ORAL, "1", "2026-01-01T08:00:00Z", null);

        FirstLineHistory plan = FirstLineHistory.of(List.of(morphine, dulox, gaba2, sertraline, amitriptyline, gaba1), NOW);
        assertThat(plan.agents()).extracting(FirstLineHistory.Agent::describe).containsExactly(
                "gabapentinoid: gabapentin, up to 1800 mg/day, 42 days, ineffective",
                "SNRI: duloxetine, up to 60 mg/day, 14 days, not tolerated",
                "tricyclic: amitriptyline, up to 10 mg/day, 1 day, running");
        assertThat(plan.failedClasses()).isEqualTo(2);
    }

    @Test
    void aStoppedTrialWithoutOutcomeSaysSoAndDoesNotCount() {
        MedicationOrder pregabalin = Orders.order("pregabalin", "75", DoseUnit.MG, Route.ORAL, "2", "2026-03-01T08:00:00Z", "2026-03-05T08:00:00Z");
        FirstLineHistory plan = FirstLineHistory.of(List.of(pregabalin), NOW);
        assertThat(plan.agents()).singleElement().satisfies(a -> assertThat(a.describe()).endsWith("4 days, outcome not recorded"));
        assertThat(plan.failedClasses()).isZero();
    }
}
