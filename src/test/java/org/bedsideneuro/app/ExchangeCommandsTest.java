package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), db -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenImportAgainChangesNothing() {
        String demo = dir.resolve("demo.db").toString();
        String copy = dir.resolve("copy.db").toString();
        Path folder = dir.resolve("export");
        String doses = run("--db", demo, "demo").out().replaceAll("(?s).* (\\d+) doses charted.*", "$1");
        Result exported = run("--db", demo, "export-csv", folder.toString());
        assertThat(exported.code()).isZero();
        assertThat(exported.out()).contains(doses + " administrations");
        assertThat(Integer.parseInt(doses)).isPositive();

        Result first = run("--db", copy, "import", folder.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Patients: 11 added", "Administrations: " + doses + " added, 0 already there.");
        Result second = run("--db", copy, "import", folder.toString());
        assertThat(second.out()).contains("0 added", "Patients: 0 added, 0 moved, 11 already there", "Administrations: 0 added, " + doses + " already there.");

        Path again = dir.resolve("export-again");
        run("--db", copy, "export-csv", again.toString());
        assertThat(run("--db", demo, "check").out()).contains("finding:           2");
        assertThat(again.resolve("findings.csv")).exists();
    }

    @Test
    void nerveConductionStudiesTravelThroughExportImportTimelineAndCheckOnTheCommandLine() throws Exception {
        String demo = dir.resolve("demo.db").toString();
        String copy = dir.resolve("copy.db").toString();
        Path folder = dir.resolve("export");
        run("--db", demo, "demo");
        assertThat(run("--db", demo, "export-csv", folder.toString()).code()).isZero();
        List<String> ncsRows = Files.readAllLines(folder.resolve("findings.csv")).stream().filter(l -> l.contains(",ncs.")).toList();
        assertThat(ncsRows).isNotEmpty().allMatch(l -> l.startsWith("DEMO-0002,") && l.endsWith("\"Neurophysiology lab, demo hospital\""));
        assertThat(ncsRows).anyMatch(l -> l.contains(",ncs.superficial_peroneal_snap_uv,L,absent,"));

        Result imported = run("--db", copy, "import", folder.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Result timeline = run("--db", copy, "timeline", "--patient", "DEMO-0002");
        assertThat(timeline.code()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("ncs.sural_snap_uv.L", "ncs.sural_snap_uv_lln.L", "amplitude_fell", "snap_below_normal");
        Result check = run("--db", copy, "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();

        Path again = dir.resolve("export-again");
        run("--db", copy, "export-csv", again.toString());
        assertThat(Files.readAllLines(again.resolve("findings.csv")).stream().filter(l -> l.contains(",ncs.")).toList())
                .containsExactlyInAnyOrderElementsOf(ncsRows);
    }

    @Test
    void aNegativeAmplitudeOnTheCommandLineIsReportedWithItsLineAndNothingIsImported() throws Exception {
        Path folder = dir.resolve("bad-ncs");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("patients.csv"), "patient_id,family_name,given_name,birth_date,sex,ward,bed\n"
                + "SYN-1,Sample,Sam,1960-01-01,female,Neuro 4B,1\n");
        Files.writeString(folder.resolve("medications.csv"), "patient_id,drug,dose,unit,route,doses_per_day,start,stop,note\n");
        Files.writeString(folder.resolve("findings.csv"), "patient_id,recorded_at,recorded_by,role,finding,side,value,note\n"
                + "SYN-1,2025-01-01T10:00:00+01:00,Dr Emg,neurologist,ncs.sural_snap_uv,L,-3,Lab\n");
        String db = dir.resolve("ward.db").toString();
        Result r = run("--db", db, "import", folder.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("findings.csv:2: value:").contains("an amplitude cannot be negative");
        assertThat(run("--db", db, "check").out()).contains("patient:           0");
    }

    @Test
    void anInvalidRowListsFileLineAndColumnExitsOneAndWritesNothing() throws Exception {
        Path folder = dir.resolve("bad");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("patients.csv"), "patient_id,family_name,given_name,birth_date,sex,ward,bed\n"
                + "SYN-1,Sample,Sam,1960-01-01,female,Neuro 4B,1\n"
                + "SYN-2,Sample,Kim,2990-01-01,male,Neuro 4B,2\n");
        String db = dir.resolve("ward.db").toString();
        Result r = run("--db", db, "import", folder.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("patients.csv:3: birth_date:").contains("nothing was imported");
        assertThat(run("--db", db, "check").out()).contains("patient:           0");
    }

    @Test
    void badGradesAndAnUnknownPatientAreListedTogetherAndTheWardIsLeftAsItWas() throws Exception {
        String db = dir.resolve("ward.db").toString();
        Path ward = dir.resolve("ward");
        Files.createDirectories(ward);
        Files.writeString(ward.resolve("patients.csv"), "patient_id,family_name,given_name,birth_date,sex,ward,bed\n"
                + "SYN-1,Sample,Sam,1960-01-01,female,Neuro 4B,1\n");
        assertThat(run("--db", db, "import", ward.toString()).code()).isZero();
        String countsBefore = counts(run("--db", db, "check").out());

        Path folder = dir.resolve("night-shift");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("medications.csv"), "patient_id,drug,dose,unit,route,doses_per_day,start,stop,note\n"
                + "SYN-8,oxycodone,5,mg,oral,4,2026-02-20T08:00:00+01:00,,\n");
        Files.writeString(folder.resolve("findings.csv"), "patient_id,recorded_at,recorded_by,role,finding,side,value,note\n"
                + "SYN-1,2026-02-28T09:00:00+01:00,Dr Sample,neurologist,strength.ankle_dorsiflexion,L,6,\n"
                + "SYN-9,2026-02-28T09:30:00+01:00,Dr Sample,neurologist,gait.romberg,,negative,\n"
                + "SYN-1,2026-02-28T09:00:00+01:00,Dr Sample,neurologist,strength.ankle_dorsiflexion,R,4++,\n");
        Result r = run("--db", db, "import", folder.toString());

        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err().lines().filter(l -> l.matches("\\w+\\.csv:\\d+: .*"))).satisfiesExactly(
                l -> assertThat(l).startsWith("medications.csv:2: patient_id: no patient with MRN SYN-8"),
                l -> assertThat(l).startsWith("findings.csv:2: value: "),
                l -> assertThat(l).startsWith("findings.csv:3: patient_id: no patient with MRN SYN-9"),
                l -> assertThat(l).startsWith("findings.csv:4: value: "));
        assertThat(r.err()).contains("4 problem(s) found; nothing was imported");
        assertThat(counts(run("--db", db, "check").out())).isEqualTo(countsBefore).contains("patient:           1");
    }

    /** The row counts of {@code check}'s output, one "table: n" line each. */
    private static String counts(String checkOutput) {
        return checkOutput.lines().filter(l -> l.matches("[a-z_]+:\\s+\\d+")).collect(Collectors.joining("\n"));
    }

    @Test
    void exportingOnePatientThatDoesNotExistIsInvalidInput() {
        String db = dir.resolve("ward.db").toString();
        Result r = run("--db", db, "export-csv", dir.resolve("out").toString(), "--patient", "NOBODY");
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("NOBODY");
    }
}
