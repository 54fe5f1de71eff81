package org.bedsideneuro.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.NoResponse;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The ncs.* codes of exchange format version 2 through import and export, on SQLite and PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvNerveConductionRoundTripTest {
    static final String PATIENTS = """
            patient_id,family_name,given_name,birth_date,sex,ward,bed
            MRN-101,Test,Nerve,1960-05-05,female,Neuro 3,4
            """;

    static final String MEDICATIONS = """
            patient_id,drug,kind,dose,unit,route,doses_per_day,start,stop,indication,outcome,note
            """;

    /** Two studies (the laboratory on every row), absent values, a lower limit of 0, a value without its lower limit. */
    static final String FINDINGS = """
            patient_id,recorded_at,recorded_by,role,finding,side,value,note
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_snap_uv,L,8.50,"Neurophysiology lab, City Hospital"
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_snap_uv_lln,L,4,"Neurophysiology lab, City Hospital"
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_cv_ms,L,44,"Neurophysiology lab, City Hospital"
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_cv_ms_lln,L,40,"Neurophysiology lab, City Hospital"
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.peroneal_cmap_mv,R,4.2,"Neurophysiology lab, City Hospital"
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.tibial_cmap_mv,R,absent,"Neurophysiology lab, City Hospital"
            MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.tibial_cmap_mv_lln,R,0,"Neurophysiology lab, City Hospital"
            MRN-101,2026-02-10T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_snap_uv,L,absent,City lab
            MRN-101,2026-02-10T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_snap_uv_lln,L,4,City lab
            MRN-101,2026-02-10T10:00:00+01:00,Dr Emg Test,neurologist,ncs.superficial_peroneal_snap_uv,R,3.1,temperature 30 °C
            MRN-101,2026-02-10T10:00:00+01:00,Dr Emg Test,neurologist,ncs.superficial_peroneal_cv_ms,R,41.5,City lab
            """;

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void studiesExportTheSameRowsTheyWereImportedFrom() throws IOException {
        Path in = SyntheticWard.writeFiles(dir.resolve("in"), PATIENTS, MEDICATIONS, FINDINGS);
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(in, SyntheticWard.IMPORTER);
            assertThat(report.problems()).isEmpty();
            assertThat(report.examsAdded()).isEqualTo(2);
            assertThat(report.findingsAdded()).isEqualTo(11);

            List<Exam> studies = db.read(s -> s.exams().current(new PatientId("MRN-101")));
            Exam first = studies.stream().filter(e -> e.recordedAt().getYear() == 2025).findFirst().orElseThrow();
            // every row carried the same note: it is the study's laboratory
            assertThat(first.note()).isEqualTo("Neurophysiology lab, City Hospital");
            assertThat(first.findings()).allMatch(f -> f.note().isEmpty());
            assertThat(first.value(FindingCode.TIBIAL_CMAP, Side.RIGHT)).contains(NoResponse.ABSENT);
            assertThat(first.isNerveConductionStudy()).isTrue();
            // the second study's rows differ in their notes: kept per finding
            Exam second = studies.stream().filter(e -> e.recordedAt().getYear() == 2026).findFirst().orElseThrow();
            assertThat(second.note()).isEmpty();

            Path out = dir.resolve("out");
            new CsvExporter(db).export(out, ExportScope.wholeWard(), false);
            assertThat(CsvRoundTripTest.rows(out.resolve("findings.csv")))
                    .containsExactlyInAnyOrderElementsOf(CsvRoundTripTest.rows(in.resolve("findings.csv")));

            // and the export imports into the same database as already there, nothing doubled
            ImportReport again = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(out, SyntheticWard.IMPORTER);
            assertThat(again.problems()).isEmpty();
            assertThat(again.findingsAdded()).isZero();
            assertThat(again.findingsSkipped()).isEqualTo(11);
        }
    }

    @Test
    void aNegativeAmplitudeAVelocityOutOfRangeAndAFutureStudyAreReportedAndNothingIsWritten() {
        String bad = """
                patient_id,recorded_at,recorded_by,role,finding,side,value,note
                MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_snap_uv,L,-2,Lab
                MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.sural_cv_ms,L,95,Lab
                MRN-101,2025-11-03T10:00:00+01:00,Dr Emg Test,neurologist,ncs.peroneal_cmap_mv,R,4,Lab
                MRN-101,2027-01-01T10:00:00+01:00,Dr Emg Test,neurologist,ncs.peroneal_cmap_mv,R,4,Lab
                """;
        Path in = SyntheticWard.writeFiles(dir.resolve("bad"), PATIENTS, MEDICATIONS, bad);
        try (Database db = backend.open(dir, "ward", SyntheticWard.CLOCK)) {
            ImportReport report = new CsvImporter(db, SyntheticWard.CLOCK).importFolder(in, SyntheticWard.IMPORTER);
            assertThat(report.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                    .contains("findings.csv:2").contains("value").contains("below 0: an amplitude cannot be negative"));
            assertThat(report.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                    .contains("findings.csv:3").contains("a decimal number 5 to 90"));
            assertThat(report.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                    .contains("findings.csv:5").contains("recorded_at").contains("in the future"));
            List<?> patients = db.read(s -> s.patients().all());
            assertThat(patients).isEmpty();
        }
    }
}
