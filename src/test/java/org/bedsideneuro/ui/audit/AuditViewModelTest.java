package org.bedsideneuro.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.testing.DemoWardDatabase;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @Test
    void thePatientsTrailListsEveryRecordNewestFirstWithWho() {
        DemoWardDatabase.create(dir.resolve("ward.db"), CLOCK);
        try (Database db = Database.open(dir.resolve("ward.db"), CLOCK); BackgroundRunner runner = new BackgroundRunner()) {
            AuditViewModel model = FxTestSupport.onFx(() -> new AuditViewModel(WardRecords.of(db), new ClinicalFormats(CLOCK), runner));
            FxTestSupport.onFx(() -> model.load(DemoWard.OIN_STORY));
            FxTestSupport.awaitQuiet(runner);
            List<AuditViewModel.Line> lines = FxTestSupport.onFx(() -> List.copyOf(model.lines()));
            int recorded = DemoWard.generate(CLOCK).examsOf(DemoWard.OIN_STORY).size() + DemoWard.generate(CLOCK).ordersOf(DemoWard.OIN_STORY).size();
            assertThat(lines).hasSize(recorded + 1); // every exam, order, and the patient
            assertThat(lines.get(lines.size() - 1).record()).isEqualTo("patient");
            assertThat(lines).allSatisfy(l -> assertThat(l.who()).isNotBlank());
        }
    }
}
