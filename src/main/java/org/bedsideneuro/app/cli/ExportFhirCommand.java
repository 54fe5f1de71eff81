package org.bedsideneuro.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.fhir.FhirExportRequest;
import org.bedsideneuro.fhir.FhirExporter;
import org.bedsideneuro.fhir.FhirFiles;
import org.bedsideneuro.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export-fhir --patient ID [--from DATE] [--to DATE] --out FILE.json}: one FHIR R4 Bundle (collection) of the
 * patient's current record. The file is written whole or not at all (temporary file, then moved into place).
 */
@Command(name = "export-fhir", mixinStandardHelpOptions = true,
        description = {"Write a patient's record as one FHIR R4 (4.0.1) JSON Bundle of type collection: patient, clinicians,",
                "exams and observations with their findings and scores, medication orders, daily MME, flags and amendments.",
                "Voided exams and superseded versions are left out; an amended exam is exported with status amended and a Provenance."})
final class ExportFhirCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient's MRN.")
    String patient;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD); default: the first record.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD); default: today.")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        PatientId id = new PatientId(patient);
        ZoneId zone = ZoneId.systemDefault();
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(out)) {
            return fail("cannot write " + out + ": " + (Files.isDirectory(out) ? "it is a folder" : "its folder does not exist or is not writable"));
        }
        try (Database db = CliSupport.open(root.database)) {
            LocalDate today = LocalDate.now(db.clock().withZone(zone));
            record Loaded(PatientCourse course, List<RecordedExam> history) {
            }
            Loaded loaded = db.read(s -> {
                Patient p = s.patients().find(id).orElse(null);
                return p == null ? null : new Loaded(PatientCourse.of(p, s.exams().current(id), s.medications().forPatient(id),
                        MmeTable.standard(), zone, today), s.exams().history(id));
            });
            if (loaded == null) {
                return fail("no patient with MRN " + patient);
            }
            LocalDate first = from != null ? from : loaded.course().firstDay();
            LocalDate last = to != null ? to : today;
            if (last.isBefore(first)) {
                return fail("the last day " + last + " is before the first day " + first);
            }
            // A period the user chose that holds no exam, order or flag would export an empty record: say so instead.
            if ((from != null || to != null) && !FhirExporter.hasData(loaded.course(), first, last)) {
                return fail("patient " + patient + " has no exams, orders or flags from " + first + " to " + last);
            }
            var bundle = FhirExporter.export(new FhirExportRequest(loaded.course(), loaded.history(), first, last, db.clock().instant()));
            try {
                FhirFiles.writeAtomically(FhirExporter.toJson(bundle), out);
            } catch (IOException e) {
                return fail("cannot write " + out + ": " + e.getMessage());
            }
            spec.commandLine().getOut().printf("FHIR R4 Bundle for %s (%s to %s): %d resources written to %s%n",
                    patient, first, last, bundle.getEntry().size(), out);
            return ExitCode.OK;
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("bedside-neuro: " + message + ". Nothing was written.");
        return ExitCode.INVALID_INPUT;
    }
}
