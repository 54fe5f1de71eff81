package org.bedsideneuro.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.AppVersion;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.app.GuiLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bedside-neuro [--db FILE] [VERB]}: without a verb, the window opens. */
@Command(name = "bedside-neuro", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = {"BedsideNeuro: serial bedside neurological exams charted against the opioid regimen.",
                "Without a command, the window opens."},
        footer = {"", "Exit codes: 0 success, 1 invalid input (nothing written), 2 usage error, 3 database cannot be opened or is damaged."},
        subcommands = {CheckCommand.class, DemoCommand.class, ImportCommand.class, ExportCsvCommand.class, TimelineCommand.class,
                ExportPdfCommand.class, ExportFhirCommand.class, BackupCommand.class, RestoreCommand.class, AuditCommand.class})
public final class RootCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Database file (default: bedside-neuro.db in the user's data folder).")
    Path database;

    private final GuiLauncher gui;

    RootCommand(GuiLauncher gui) {
        this.gui = gui;
    }

    public static CommandLine commandLine(GuiLauncher gui) {
        CommandLine cli = new CommandLine(new RootCommand(gui));
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setExitCodeExceptionMapper(t -> ExitCode.USAGE);
        return cli;
    }

    @Override
    public Integer call() {
        return gui.launch(CliSupport.databasePath(database));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"BedsideNeuro " + AppVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
