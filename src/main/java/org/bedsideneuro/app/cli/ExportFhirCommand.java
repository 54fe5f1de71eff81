package org.bedsideneuro.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.AppVersion;
import org.bedsideneuro.service.ExportService;
import org.bedsideneuro.service.FhirService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @Mixin
    PatientPeriod period;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(out)) {
            return fail("cannot write " + out + ": " + (Files.isDirectory(out) ? "it is a folder" : "its folder does not exist or is not writable"));
        }
        try (Database db = CliSupport.open(root)) {
            Optional<FhirService.Written> written = new ExportService(db, Clock.systemDefaultZone(), AppVersion.get())
                    .saveFhir(period.patientId(), period.from, period.to, out, CliSupport::osUser);
            if (written.isEmpty()) {
                return fail("no patient with MRN " + period.mrn);
            }
            FhirService.Written w = written.get();
            spec.commandLine().getOut().printf("FHIR R4 Bundle for %s (%s to %s): %d resources written to %s%n",
                    period.mrn, w.period().first(), w.period().last(), w.resources(), out);
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } catch (UncheckedIOException e) {
            return fail("cannot write " + out + ": " + e.getMessage());
        }
    }

    private int fail(String message) {
        String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        spec.commandLine().getErr().println("bedside-neuro: " + text + ". Nothing was written.");
        return ExitCode.INVALID_INPUT;
    }
}
