package org.bedsideneuro.ui.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.FxTestSupport;
import org.bedsideneuro.ui.SyntheticWard;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Observations tab without a window: a long series is thinned without symbols, markers and the newest first stay. */
class ObservationTimelineViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private final BackgroundRunner runner = new BackgroundRunner();

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void monthsOfHourlyCountsAreThinnedForTheChartKeepingThePeakAndTheOinMarkers() {
        db = Database.open(dir.resolve("ward.db"), CLOCK);
        SyntheticWard ward = new SyntheticWard(db);
        Clinician nurse = ward.clinician("Nurse Example", Role.NURSE);
        Patient ann = ward.patient("MRN-1001", "Amberley", "Ann", LocalDate.of(1950, 3, 2), "12", nurse);
        OffsetDateTime start = OffsetDateTime.parse("2026-02-01T00:00:00Z");
        db.write(s -> {
            for (int h = 0; h < 600; h++) {
                int count = h == 333 ? 60 : h % 3;
                List<Finding> findings = h == 500
                        ? List.of(count(count), window(), Finding.unsided(FindingCode.HALLUCINATIONS, YesNo.YES))
                        : List.of(count(count), window());
                s.exams().add(Exam.record(ann.id(), ExamKind.OBSERVATION,
                        start.plusHours(h), nurse, findings, ""), nurse);
            }
            return null;
        });
        ObservationTimelineViewModel model = new ObservationTimelineViewModel(WardRecords.of(db), nurse, CLOCK, runner);
        FxTestSupport.onFx(() -> model.show(ann));
        FxTestSupport.awaitQuiet(runner);

        assertThat(FxTestSupport.onFx(() -> model.entries().size())).isEqualTo(600);
        assertThat(FxTestSupport.onFx(() -> model.entries().get(0).time())).as("newest first").isEqualTo("25 Feb 2026 23:00");
        assertThat(FxTestSupport.onFx(() -> model.ratePoints().size())).isLessThanOrEqualTo(ObservationTimelineViewModel.MAX_POINTS + 5); // + 4 extremes, + the sign
        assertThat(FxTestSupport.onFx(() -> model.ratePoints().stream().mapToDouble(p -> p.y()).max().orElse(0))).isEqualTo(720.0);
        assertThat(FxTestSupport.onFx(() -> model.showSymbolsProperty().get())).isFalse();
        assertThat(FxTestSupport.onFx(() -> model.signMarkers().size())).isEqualTo(1);
        double signAt = FxTestSupport.onFx(() -> model.signMarkers().get(0).x());
        assertThat(FxTestSupport.onFx(() -> model.ratePoints().stream().anyMatch(p -> p.x() == signAt)))
                .as("the thinned rate line keeps the observation with the OIN sign").isTrue();
        assertThat(FxTestSupport.onFx(() -> model.scheduleProperty().get())).isEqualTo(ObservationSchedule.standard());

        FxTestSupport.onFx(() -> model.setSchedule(ObservationSchedule.everyMinutes(120)));
        FxTestSupport.awaitQuiet(runner);
        assertThat(db.read(s -> s.patientSettings().observationSchedule(ann.id())).minutes()).isEqualTo(120);
    }

    private static Finding count(int n) {
        return Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(n));
    }

    private static Finding window() {
        return Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5));
    }
}
