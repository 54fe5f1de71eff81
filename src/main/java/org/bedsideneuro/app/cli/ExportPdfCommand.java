package org.bedsideneuro.app.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bedsideneuro.app.AppVersion;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.PdfSummaryWriter;
import org.bedsideneuro.report.ProgressSummary;
import org.bedsideneuro.report.ProgressSummaryBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export-pdf --patient ID [--from DATE] [--to DATE] [--paper a4|letter] --out FILE}: the printable progress
 * summary of one patient (issue #6). Days in the computer's time zone; printed by the operating-system user.
 */
@Command(name = "export-pdf", mixinStandardHelpOptions = true,
        description = {"Write a printable PDF progress summary of one patient over a period: regimen and MME, flags, trend charts,",
                "serial exam table with scores, myoclonus observations. The file is replaced only once it is complete."})
final class ExportPdfCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--patient", required = true, paramLabel = "ID", description = "The patient's MRN.")
    String patient;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, YYYY-MM-DD (default: the patient's first exam or order).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, YYYY-MM-DD (default: today).")
    LocalDate to;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4", converter = PaperConverter.class,
            description = "Paper size: a4 (default) or letter.")
    PaperSize paper;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        Clock clock = Clock.systemDefaultZone();
        ZoneId zone = ZoneId.systemDefault();
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        PatientId id = new PatientId(patient);
        ProgressSummaryBuilder builder = ProgressSummaryBuilder.standard(zone);
        try (Database db = CliSupport.open(root.database)) {
            Optional<ProgressSummary> summary = db.read(s -> {
                Optional<Patient> p = s.patients().find(id);
                if (p.isEmpty()) {
                    return Optional.empty();
                }
                List<Exam> exams = s.exams().current(id);
                List<MedicationOrder> orders = s.medications().forPatient(id);
                LocalDate last = to != null ? to : today;
                LocalDate first = from != null ? from : firstDay(exams, orders, zone).filter(d -> d.isBefore(last)).orElse(last);
                checkPeriod(first, last, today);
                String by = "os:" + System.getProperty("user.name", "unknown");
                return Optional.of(builder.build(p.get(), exams, orders, first, last, new ProgressSummary.Printing(now, by, AppVersion.get())));
            });
            if (summary.isEmpty()) {
                return fail("no patient with MRN " + patient + ". Nothing was written.");
            }
            int pages = new PdfSummaryWriter(paper).write(summary.get(), out);
            spec.commandLine().getOut().println("Progress summary of " + patient + " (" + summary.get().from() + " to " + summary.get().to()
                    + ", " + pages + (pages == 1 ? " page" : " pages") + ") written to " + out.toAbsolutePath());
            return ExitCode.OK;
        } catch (UncheckedIOException e) {
            return fail(e.getMessage() + ". Nothing was written.");
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("bedside-neuro: " + message);
        return ExitCode.INVALID_INPUT;
    }

    private void checkPeriod(LocalDate first, LocalDate last, LocalDate today) {
        if (last.isAfter(today)) {
            throw new IllegalArgumentException("--to " + last + " is after today (" + today + ").");
        }
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("--from " + first + " is after --to " + last + ".");
        }
    }

    private static Optional<LocalDate> firstDay(List<Exam> exams, List<MedicationOrder> orders, ZoneId zone) {
        return Stream.concat(exams.stream().map(e -> e.recordedAt().atZoneSameInstant(zone).toLocalDate()),
                orders.stream().map(o -> o.start().atZoneSameInstant(zone).toLocalDate())).min(Comparator.naturalOrder());
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
