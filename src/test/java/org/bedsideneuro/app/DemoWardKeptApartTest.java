package org.bedsideneuro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.exchange.CsvExporter;
import org.bedsideneuro.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo ward never mixes into a ward's records, and whatever leaves the demo (PDF, CSV, FHIR) says it is invented.
 */
class DemoWardKeptApartTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), d -> ExitCode.OK);
        return new Result(code, out.toString(), err.toString());
    }

    private long patients(String db) {
        try (Database d = Database.open(Path.of(db), Clock.systemDefaultZone())) {
            return d.read(s -> s.patients().count());
        }
    }

    @Test
    void theDemoIsRefusedInADatabaseWithTheWardsOwnAccounts() {
        String db = dir.resolve("ward.db").toString();
        assertThat(run("nurse-pass-1\n", "--db", db, "user", "add", "ben", "--name", "Nurse Ben Sample", "--role", "nurse").code()).isZero();
        Result demo = run("", "--db", db, "demo");
        assertThat(demo.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(demo.err()).contains("never mixed", "--demo").doesNotContain("Exception");
        assertThat(patients(db)).isZero();
        assertThat(run("", "--db", db, "user", "list").out()).doesNotContain("demo-");
    }

    @Test
    void theDemoIsRefusedInADatabaseWithTheWardsOwnPatients() throws Exception {
        String db = dir.resolve("ward.db").toString();
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("patients.csv"), "patient_id,family_name,given_name,birth_date,sex,ward,bed\n"
                + "MRN-1,Sample,Sam,1950-01-01,male,Neuro 4B,1\n");
        Files.writeString(folder.resolve("medications.csv"), "patient_id,drug,dose,unit,route,doses_per_day,start,stop,note\n");
        Files.writeString(folder.resolve("findings.csv"), "patient_id,recorded_at,recorded_by,role,finding,side,value,note\n");
        Result imported = run("", "--db", db, "import", folder.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(run("", "--db", db, "demo").code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(patients(db)).isEqualTo(1);
    }

    @Test
    void demoOnItsOwnOpensTheWindowOnTheDemoWardsDatabaseAndDoesNotGoWithDb() {
        AtomicBoolean demoWindow = new AtomicBoolean();
        GuiLauncher gui = new GuiLauncher() {
            @Override
            public int launch(Path database) {
                return ExitCode.OK;
            }

            @Override
            public int launchDemo() {
                demoWindow.set(true);
                return ExitCode.OK;
            }
        };
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"--demo"}, new PrintWriter(new StringWriter()), new PrintWriter(err), gui)).isZero();
        assertThat(demoWindow).isTrue();
        int both = Main.run(new String[] {"--db", dir.resolve("x.db").toString(), "--demo", "check"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), gui);
        assertThat(both).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("give one");
    }

    @Test
    void everyPageOfADemoPatientsSummaryAndEveryExportSayDemo() throws Exception {
        String db = dir.resolve("demo.db").toString();
        assertThat(run("", "--db", db, "demo").code()).isZero();
        Path pdf = dir.resolve("alma.pdf");
        Result printed = run("", "--db", db, "export-pdf", "--patient", "DEMO-0001", "--out", pdf.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc)).as("page %d", page).contains("DEMO", "invented patient");
            }
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).as("the table the MME was computed with")
                    .contains("parenteral factors: BedsideNeuro default");
        }
        Path csv = dir.resolve("csv");
        assertThat(run("", "--db", db, "export-csv", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv.resolve(CsvExporter.DEMO_NOTE_FILE))).contains("invented");
        Path json = dir.resolve("alma.json");
        assertThat(run("", "--db", db, "export-fhir", "--patient", "DEMO-0001", "--out", json.toString()).code()).isZero();
        assertThat(Files.readString(json)).contains("\"HTEST\"", "v3-ActReason");

        // A ward's own export carries no such mark, even written over an earlier demo export.
        String ward = dir.resolve("ward.db").toString();
        try (Database d = Database.open(Path.of(ward), Clock.systemDefaultZone())) {
            d.write(s -> {
                s.patients().add(new Patient(new PatientId("MRN-1"),
                        "Sample", "Sam", LocalDate.of(1950, 1, 1), Sex.MALE, "4B", "1"),
                        s.clinicians().findOrCreate("Nurse Example", Role.NURSE));
                return null;
            });
        }
        assertThat(run("", "--db", ward, "export-csv", csv.toString(), "--overwrite").code()).isZero();
        assertThat(csv.resolve(CsvExporter.DEMO_NOTE_FILE)).doesNotExist();
        Path wardPdf = dir.resolve("sam.pdf");
        assertThat(run("", "--db", ward, "export-pdf", "--patient", "MRN-1", "--out", wardPdf.toString()).code()).isZero();
        try (PDDocument doc = Loader.loadPDF(wardPdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("DEMO");
        }
    }
}
