package org.bedsideneuro.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.exchange.ExportException;
import org.bedsideneuro.exchange.ExportSummary;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.AppVersion;
import org.bedsideneuro.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export-csv DIR [--patient ID]}: the ward, or one patient, in the exchange format. */
@Command(name = "export-csv", mixinStandardHelpOptions = true,
        description = "Export the whole ward (or one patient) as an exchange-format folder: patients, orders, the doses that"
                + " stand on the administration record, and current findings.")
final class ExportCsvCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to write (created if missing).")
    Path folder;

    @Option(names = "--patient", paramLabel = "ID", description = "Export only this patient.")
    String patient;

    @Option(names = "--overwrite", description = "Replace the files if the folder already has them.")
    boolean overwrite;

    @Override
    public Integer call() {
        try (Database db = CliSupport.open(root)) {
            ExportSummary summary = new ExportService(db, Clock.systemDefaultZone(), AppVersion.get())
                    .saveCsv(patient == null ? null : new PatientId(patient), folder, overwrite, CliSupport::osUser);
            spec.commandLine().getOut().printf("Exported %d patients, %d orders, %d administrations and %d findings to %s%n",
                    summary.patients(), summary.orders(), summary.administrations(), summary.findings(), summary.folder());
            return ExitCode.OK;
        } catch (ExportException e) {
            spec.commandLine().getErr().println("bedside-neuro: " + e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
    }
}
