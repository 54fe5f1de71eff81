package org.bedsideneuro.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import-fhir FILE.json}: all-or-nothing import of a FHIR R4 Bundle (shared/fhir-notes.md). */
@Command(name = "import-fhir", mixinStandardHelpOptions = true,
        description = {"Import a FHIR R4 Bundle (JSON) of Patients, Encounters, MedicationRequests, Medications,"
                + " MedicationAdministrations and Observations (eGFR by LOINC, and BedsideNeuro's own findings).",
                "All or nothing: if anything cannot be read, nothing is written and every problem is listed as Resource/id: element: problem.",
                "Drugs and observations BedsideNeuro does not record are listed as not imported; what is already there is skipped."})
final class ImportFhirCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The Bundle to import, as JSON.")
    Path file;

    @Override
    public Integer call() {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("bedside-neuro: cannot read " + file + " (" + e.getMessage() + "); nothing was imported.");
            return ExitCode.INVALID_INPUT;
        }
        try (Database db = CliSupport.open(root)) {
            FhirImportReport report = new FhirImportService(db, Clock.systemDefaultZone()).importBundle(json, CliSupport::osUser);
            for (String left : report.notImported()) {
                spec.commandLine().getOut().println("not imported: " + left);
            }
            if (!report.succeeded()) {
                for (String problem : report.problems()) {
                    spec.commandLine().getErr().println(problem);
                }
                spec.commandLine().getErr().println("bedside-neuro: " + report.problems().size() + " problem(s) found; nothing was imported.");
                return ExitCode.INVALID_INPUT;
            }
            spec.commandLine().getOut().println(report.summary());
            return ExitCode.OK;
        }
    }
}
