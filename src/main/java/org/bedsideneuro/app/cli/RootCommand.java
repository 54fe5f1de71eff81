package org.bedsideneuro.app.cli;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.DataFolder;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.app.GuiLauncher;
import org.bedsideneuro.persistence.DatabaseLocation;
import org.bedsideneuro.service.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bedside-neuro [--db FILE|URI] [VERB]}: without a verb, the window opens. */
@Command(name = "bedside-neuro", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = {"BedsideNeuro: serial bedside neurological exams charted against the opioid regimen.",
                "Without a command, the window opens."},
        footer = {"", "Exit codes: 0 success, 1 invalid input (nothing written), 2 usage error, 3 database cannot be opened or is damaged."})
public final class RootCommand implements Callable<Integer> {
    /** The verbs, in the order help lists them. */
    private static final List<Class<?>> VERBS = List.of(CheckCommand.class, DemoCommand.class, ImportCommand.class, ImportFhirCommand.class, FhirPullCommand.class, ExportCsvCommand.class,
            TimelineCommand.class, ExportPdfCommand.class, ExportFhirCommand.class, CopyToCommand.class, BackupCommand.class,
            RestoreCommand.class, AuditCommand.class, UserCommand.class, AccessLogCommand.class, MmeFactorsCommand.class);

    /** The database chosen with {@code --db} or {@code --demo}; null: the default (the window: this computer's choice). */
    DatabaseLocation database;
    private boolean demo;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final GuiLauncher gui;
    /** Standard input, for passwords piped in when it is not a terminal. */
    final InputStream stdin;

    RootCommand(GuiLauncher gui, InputStream stdin) {
        this.gui = gui;
        this.stdin = stdin;
    }

    @Option(names = "--db", paramLabel = "FILE|URI", scope = ScopeType.INHERIT, converter = CliSupport.LocationConverter.class,
            description = {"Database file (default: bedside-neuro.db in the user's data folder),",
                    "or the ward server: postgresql://[user@]host[:port]/dbname[?sslmode=verify-full].",
                    "The server's password comes from PGPASSWORD, ~/.pgpass or a prompt, never from the command line."})
    void database(DatabaseLocation location) {
        if (location == null) {
            return; // picocli's reset to the initial value (also when a verb's inherited options are parsed)
        }
        if (demo) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db and --demo name two databases: give one.");
        }
        database = location;
    }

    @Option(names = "--demo", scope = ScopeType.INHERIT,
            description = {"Use the demo ward's own database (invented patients; made on first use in the data folder),",
                    "never the ward's."})
    void demo(boolean on) {
        if (!on) {
            return; // picocli's reset to the initial value
        }
        if (database != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db and --demo name two databases: give one.");
        }
        demo = true;
        database = new DatabaseLocation.SqliteFile(DataFolder.demoDatabase());
    }

    /** Whether {@code --demo} was given: the demo ward's database is filled on first use. */
    boolean demo() {
        return demo;
    }

    /** The whole command line, every verb included. */
    public static CommandLine commandLine(GuiLauncher gui) {
        return commandLine(gui, System.in, true);
    }

    /**
     * The command line for these arguments. Opening the window ({@code [--db FILE]}, nothing else) needs none of the
     * verbs, and picocli reading all eleven of them took about half a second of every start; any other
     * arguments get the whole command line, so help, versions, verbs and mistakes read as always.
     */
    public static CommandLine commandLine(GuiLauncher gui, InputStream stdin, String... args) {
        return commandLine(gui, stdin, !opensWindowOnly(args));
    }

    static boolean opensWindowOnly(String... args) {
        return WindowStart.opensWindowOnly(args);
    }

    private static CommandLine commandLine(GuiLauncher gui, InputStream stdin, boolean withVerbs) {
        CommandLine cli = new CommandLine(new RootCommand(gui, stdin));
        if (withVerbs) {
            for (Class<?> verb : VERBS) {
                cli.addSubcommand(verb);
            }
        }
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setExitCodeExceptionMapper(t -> ExitCode.USAGE);
        cli.setParameterExceptionHandler(new SecretSafeParameterHandler(cli.getParameterExceptionHandler()));
        return cli;
    }

    @Override
    public Integer call() {
        // A file or the ward server; without --db, the launcher uses this computer's saved choice.
        return demo ? gui.launchDemo() : gui.launch(database);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"BedsideNeuro " + AppVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
