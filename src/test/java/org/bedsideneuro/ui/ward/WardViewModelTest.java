package org.bedsideneuro.ui.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.NurseAndAnnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WardViewModelTest extends NurseAndAnnTest {
    @BeforeEach
    void restOfTheWard() {
        ward.patient("MRN-1002", "Brook", "Bill", LocalDate.of(1961, 7, 9), "14", nurse);
        ward.patient("MRN-2003", "Castleford", "Cara", LocalDate.of(1948, 1, 20), "3A", nurse);
        // An exam is a neurologist's to record.
        ward.exam(ann, OffsetDateTime.parse("2026-02-28T09:15:00Z"), ward.clinician("Dr Example", Role.NEUROLOGIST),
                List.of(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.FOUR)), "");
    }

    @Test
    void searchFiltersByNameMrnAndBedAsYouTypeWithoutReloading() {
        WardViewModel model = loadedWard();
        assertThat(visibleMrns(model)).containsExactlyInAnyOrder("MRN-1001", "MRN-1002", "MRN-2003");

        FxTestSupport.onFx(() -> model.searchProperty().set("brO"));
        assertThat(FxTestSupport.onFx(() -> runner.pendingCount())).as("no database read per keystroke").isZero();
        assertThat(visibleMrns(model)).containsExactly("MRN-1002");

        FxTestSupport.onFx(() -> model.searchProperty().set("2003"));
        assertThat(visibleMrns(model)).containsExactly("MRN-2003");

        FxTestSupport.onFx(() -> model.searchProperty().set("14"));
        assertThat(visibleMrns(model)).containsExactly("MRN-1002");
        assertThat(FxTestSupport.onFx(() -> model.countTextBinding().get())).isEqualTo("1 of 3 patients");

        FxTestSupport.onFx(() -> model.searchProperty().set(""));
        assertThat(visibleMrns(model)).hasSize(3);
    }

    @Test
    void eachPatientShowsWhenTheyWereLastRecorded() {
        WardViewModel model = loadedWard();
        WardRow annRow = FxTestSupport.onFx(() -> model.rowFor(ann.id()).orElseThrow());
        WardRow other = FxTestSupport.onFx(() -> model.visibleRows().stream()
                .filter(r -> r.patient().id().value().equals("MRN-1002")).findFirst().orElseThrow());

        assertThat(annRow.lastRecorded()).isEqualTo(Instant.parse("2026-02-28T09:15:00Z"));
        assertThat(other.optionalLastRecorded()).isEmpty();
        assertThat(FxTestSupport.onFx(() -> model.wardEmptyBinding().get())).isFalse();
        assertThat(model.recordingClinicianText()).isEqualTo("Recording: Nurse Example (nurse)");
    }

    @Test
    void anEmptyWardIsReportedOnceLoadedSoTheDemoWardCanBeOffered() {
        Database empty = Database.open(dir.resolve("empty.db"), CLOCK);
        try {
            WardViewModel model = FxTestSupport.onFx(() -> new WardViewModel(WardRecords.of(empty), nurse, CLOCK, runner));
            assertThat(FxTestSupport.onFx(() -> model.wardEmptyBinding().get())).as("not before loading").isFalse();
            FxTestSupport.onFx(() -> model.refresh());
            FxTestSupport.awaitQuiet(runner);
            assertThat(FxTestSupport.onFx(() -> model.wardEmptyBinding().get())).isTrue();
        } finally {
            empty.close();
        }
    }

    private WardViewModel loadedWard() {
        WardViewModel model = FxTestSupport.onFx(() -> new WardViewModel(WardRecords.of(db), nurse, CLOCK, runner));
        FxTestSupport.onFx(() -> model.refresh());
        FxTestSupport.awaitQuiet(runner);
        return model;
    }

    private static List<String> visibleMrns(WardViewModel model) {
        return FxTestSupport.onFx(() -> model.visibleRows().stream().map(r -> r.patient().id().value()).toList());
    }
}
