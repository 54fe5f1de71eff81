package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exchange format version 2's pain and review codes: a nurse's PEG and NRS, and a neurologist's opioid review (a
 * record with review.decision), imported and exported back row for row, on both databases.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvPainAndReviewRoundTripTest {
    static final String PATIENTS = """
            patient_id,family_name,given_name,birth_date,sex,ward,bed
            MRN-201,Example,Pat,1955-05-05,female,Neuro 3,7
            """;
    static final String MEDICATIONS = """
            patient_id,drug,kind,dose,unit,route,doses_per_day,start,stop,indication,outcome,note
            MRN-201,gabapentin,scheduled,600,mg,oral,3,2026-01-02T08:00:00+01:00,2026-01-30T08:00:00+01:00,neuropathic_pain,ineffective,
            MRN-201,tramadol,scheduled,50,mg,oral,4,2026-02-01T08:00:00+01:00,,neuropathic_pain,,
            """;
    static final String FINDINGS = """
            patient_id,recorded_at,recorded_by,role,finding,side,value,note
            MRN-201,2026-01-31T10:00:00+01:00,Nurse Example,nurse,pain.peg_pain,,7,
            MRN-201,2026-01-31T10:00:00+01:00,Nurse Example,nurse,pain.peg_enjoyment,,6,
            MRN-201,2026-01-31T10:00:00+01:00,Nurse Example,nurse,pain.peg_activity,,8,
            MRN-201,2026-01-31T10:00:00+01:00,Nurse Example,nurse,pain.nrs_rest,,4,
            MRN-201,2026-01-31T10:00:00+01:00,Nurse Example,nurse,pain.nrs_movement,,7,on transfer
            MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,pain.peg_pain,,7,
            MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,pain.peg_enjoyment,,6,
            MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,pain.peg_activity,,7,
            MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,review.function,,same,
            MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,review.adverse_effects,,sedation;constipation,
            MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,review.decision,,reduce,taper by a quarter
            """;

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void pegNrsAndAReviewTravelRowForRow() throws IOException {
        Path in = SyntheticWard.writeFiles(dir.resolve("in"), PATIENTS, MEDICATIONS, FINDINGS);
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(in, SyntheticWard.IMPORTER);
            assertThat(report.problems()).isEmpty();
            assertThat(report.findingsAdded()).isEqualTo(11);
            assertThat(report.examsAdded()).isEqualTo(2);

            List<Exam> exams = db.read(s -> s.exams().allCurrent());
            assertThat(exams).filteredOn(Exam::isOpioidReview).singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(ExamKind.EXAM));
            assertThat(exams).filteredOn(e -> !e.isOpioidReview()).singleElement()
                    .satisfies(e -> assertThat(e.kind()).isEqualTo(ExamKind.OBSERVATION));

            Path out = dir.resolve("out");
            new CsvExporter(db).export(out, ExportScope.wholeWard(), false);
            for (String file : List.of("patients.csv", "medications.csv", "findings.csv")) {
                assertThat(CsvRoundTripTest.rows(out.resolve(file))).as(file)
                        .containsExactlyInAnyOrderElementsOf(CsvRoundTripTest.rows(in.resolve(file)));
            }

            ImportReport again = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(out, SyntheticWard.IMPORTER);
            assertThat(again.findingsSkipped()).isEqualTo(11);
            assertThat(again.findingsAdded()).isZero();
        }
    }

    @Test
    void aPegItemAboveTenAndNoneWithAnEffectAreRefusedOnTheirLines() {
        String findings = """
                patient_id,recorded_at,recorded_by,role,finding,side,value,note
                MRN-201,2026-01-31T10:00:00+01:00,Nurse Example,nurse,pain.peg_pain,,11,
                MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,review.adverse_effects,,none;falls,
                MRN-201,2026-02-28T11:30:00+01:00,Dr Example,neurologist,review.decision,,taper,
                """;
        Path in = SyntheticWard.writeFiles(dir.resolve("bad"), PATIENTS, null, findings);
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(in, SyntheticWard.IMPORTER);
            assertThat(report.problems()).map(ExchangeProblem::toString).satisfiesExactly(
                    p -> assertThat(p).startsWith("findings.csv:2: value: ").contains("pain.peg_pain", "out of range"),
                    p -> assertThat(p).startsWith("findings.csv:3: value: ").contains("'none' cannot"),
                    p -> assertThat(p).startsWith("findings.csv:4: value: ").contains("review.decision", "continue, reduce, rotate, stop"));
            List<?> patients = db.read(s -> s.patients().all());
            assertThat(patients).isEmpty();
        }
    }
}
