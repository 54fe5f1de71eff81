package org.bedsideneuro.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.ProgressSummary;
import org.bedsideneuro.service.AppVersion;
import org.bedsideneuro.service.ExportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export-pdf --patient ID [--from DATE] [--to DATE] [--paper a4|letter] --out FILE}: the printable progress
 * summary of one patient. Days in the computer's time zone; printed by the operating-system user.
 */
@Command(name = "export-pdf", mixinStandardHelpOptions = true,
        description = {"Write a printable PDF progress summary of one patient over a period: regimen and MME, flags, trend charts,",
                "serial exam table with scores, myoclonus observations. The file is replaced only once it is complete."})
final class ExportPdfCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PatientPeriod period;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", converter = PaperConverter.class,
            description = "Paper size: a4 (default) or letter.")
    PaperSize paper;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = CliSupport.open(root)) {
            String by = "os:" + System.getProperty("user.name", "unknown");
            Optional<ExportService.WrittenSummary> written = new ExportService(db, clock, AppVersion.get())
                    .savePdf(period.patientId(), period.from, period.to, paper, out, by, CliSupport::osUser);
            if (written.isEmpty()) {
                return fail("no patient with MRN " + period.mrn + ". Nothing was written.");
            }
            ProgressSummary summary = written.get().summary();
            int pages = written.get().pages();
            spec.commandLine().getOut().println("Progress summary of " + period.mrn + " (" + summary.from() + " to " + summary.to()
                    + ", " + pages + (pages == 1 ? " page" : " pages") + ") written to " + out.toAbsolutePath());
            return ExitCode.OK;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return fail(e.getMessage() + (e.getMessage().endsWith(".") ? "" : ".") + " Nothing was written.");
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("bedside-neuro: " + message);
        return ExitCode.INVALID_INPUT;
    }

    /** "a4" or "letter"; anything else is a usage error (exit code 2) naming the allowed values. */
    static final class PaperConverter implements CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            try {
                return PaperSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a paper size; allowed: a4, letter");
            }
        }
    }
}
