package org.bedsideneuro.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.exchange.CsvImporter;
import org.bedsideneuro.exchange.ExchangeProblem;
import org.bedsideneuro.exchange.ImportReport;
import org.bedsideneuro.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import DIR}: all-or-nothing import of an exchange-format folder (shared/exchange-format.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an exchange-format folder (patients.csv, medications.csv, findings.csv, and administrations.csv"
                + " if there is one).",
                "All or nothing: if any row is invalid, nothing is written and every invalid row is listed as file:line: column: problem.",
                "Rows already in the database are skipped and counted."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to import.")
    Path folder;

    @Override
    public Integer call() {
        try (Database db = CliSupport.open(root)) {
            // The importer is found or created in the import's own transaction: a failed import leaves the file as it was.
            ImportReport report = new CsvImporter(db, Clock.systemDefaultZone()).importFolder(folder, CliSupport::osUser);
            if (!report.succeeded()) {
                for (ExchangeProblem problem : report.problems()) {
                    spec.commandLine().getErr().println(problem);
                }
                spec.commandLine().getErr().println("bedside-neuro: " + report.problems().size()
                        + " problem(s) found; nothing was imported.");
                return ExitCode.INVALID_INPUT;
            }
            spec.commandLine().getOut().println(report.summary());
            return ExitCode.OK;
        }
    }
}
