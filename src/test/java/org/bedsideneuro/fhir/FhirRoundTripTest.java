package org.bedsideneuro.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.demo.DemoWard;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exported JSON, read back with HAPI's parser, says what the database says. */
class FhirRoundTripTest {
    @TempDir
    static Path dir;
    static Database db;

    @BeforeAll
    static void setUp() {
        db = FhirTestSupport.demoDatabase(dir);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-0001", "DEMO-0002", "DEMO-0003"})
    void findingsValuesSidesTimesPerformersAndDailyMmeComeBackAsStored(String mrn) {
        PatientId id = new PatientId(mrn);
        String json = FhirExporter.toJson(FhirTestSupport.export(db, id));
        BundleReader reader = new BundleReader(FhirExporter.parse(json));

        List<Exam> stored = db.read(s -> s.exams().current(id));
        Map<String, BundleReader.ReadExam> read = new HashMap<>();
        reader.exams().forEach(e -> read.put(e.versionId(), e));
        assertThat(read).hasSize(stored.size());
        for (Exam exam : stored) {
            BundleReader.ReadExam back = read.get(exam.id().toString());
            assertThat(back).as("exam %s", exam.id()).isNotNull();
            assertThat(back.at()).isEqualTo(exam.recordedAt().toInstant());
            assertThat(back.performer()).isEqualTo(exam.recordedBy().id());
            assertThat(back.status()).isEqualTo("final");
            assertThat(back.findings()).containsExactlyInAnyOrderElementsOf(exam.findings());
        }

        PatientCourse course = FhirTestSupport.course(db, id);
        Map<LocalDate, BigDecimal> mme = reader.dailyMme();
        assertThat(mme).hasSize((int) (FhirTestSupport.TODAY.toEpochDay() - course.firstDay().toEpochDay()) + 1);
        mme.forEach((day, value) -> assertThat(value).as("MME on %s", day).isEqualByComparingTo(course.mmeOn(day).mme()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEMO-0001"})
    void theOinStoryHasNurseObservationsAndSomeMmeAboveZero(String mrn) {
        BundleReader reader = new BundleReader(FhirTestSupport.export(db, new PatientId(mrn)));
        assertThat(reader.exams()).anyMatch(e -> e.findings().stream().anyMatch(f -> f.code().section().code().equals("myoclonus")));
        assertThat(reader.dailyMme().values()).anyMatch(v -> v.signum() > 0);
        assertThat(DemoWard.OIN_STORY.value()).isEqualTo(mrn);
    }
}
