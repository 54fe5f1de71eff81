package org.bedsideneuro.app.cli;

import java.awt.Desktop;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.bedsideneuro.app.ExitCode;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.EhrUnavailableException;
import org.bedsideneuro.service.FhirImportReport;
import org.bedsideneuro.service.FhirPullService;
import org.bedsideneuro.service.SmartSession;
import org.bedsideneuro.service.SmartSignIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fhir-pull --server URL --patient MRN [--since DATE] [--yes]}: one patient's orders, doses and eGFR from the EHR. */
@Command(name = "fhir-pull", mixinStandardHelpOptions = true,
        description = {"Read one patient's record from the hospital's FHIR R4 server (read only): the patient, ward and bed,"
                + " medication orders, doses given and eGFR values.",
                "Shows what would change, then applies it when you answer y (or at once with --yes). Nothing changes if the"
                + " server is down, slow or answers what is not FHIR."})
final class FhirPullCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "The FHIR R4 base address, e.g. https://ehr.example.org/fhir")
    URI server;

    @Option(names = "--patient", required = true, paramLabel = "MRN", description = "The patient's record number.")
    String patient;

    @Option(names = "--since", paramLabel = "DATE", description = "Doses and lab values from this date (YYYY-MM-DD); orders always whole.")
    LocalDate since;

    @Option(names = "--yes", description = "Apply without asking.")
    boolean yes;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "How long to wait for each answer (default 20).")
    int timeoutSeconds;

    @Option(names = "--client-id", paramLabel = "ID", defaultValue = ComputerSettings.DEFAULT_EHR_CLIENT_ID,
            description = "The SMART client id the hospital registered BedsideNeuro under (default ${DEFAULT-VALUE}); used only when"
                    + " the server asks for a sign-in.")
    String clientId;

    @Override
    public Integer call() {
        PatientId mrn;
        try {
            mrn = new PatientId(patient);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("bedside-neuro: --patient: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try (Database db = CliSupport.open(root)) {
            Duration timeout = Duration.ofSeconds(timeoutSeconds);
            Clock clock = Clock.systemDefaultZone();
            // Signed in only when the server publishes a SMART configuration; the token lives in this process only.
            SmartSession session = new SmartSession(new SmartSignIn(timeout, Duration.ofMinutes(5), clock), timeout, clientId, this::openBrowser, clock);
            FhirPullService service;
            FhirPullService.Pulled pulled;
            try {
                service = new FhirPullService(db, clock, session.clientFor(server));
                pulled = service.pull(server, mrn, since, CliSupport::osUser);
            } catch (EhrUnavailableException e) {
                spec.commandLine().getErr().println("bedside-neuro: " + e.getMessage());
                return ExitCode.INVALID_INPUT;
            }
            FhirImportReport preview = pulled.wouldChange();
            for (String left : preview.notImported()) {
                spec.commandLine().getOut().println("not imported: " + left);
            }
            if (!preview.succeeded()) {
                preview.problems().forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().println("bedside-neuro: " + preview.problems().size() + " problem(s) in the EHR's record; nothing was changed.");
                return ExitCode.INVALID_INPUT;
            }
            spec.commandLine().getOut().println("Would change: " + preview.written().summary());
            if (!yes && !confirmed()) {
                spec.commandLine().getOut().println("Nothing was changed.");
                return ExitCode.OK;
            }
            FhirImportReport applied = service.apply(pulled, CliSupport::osUser);
            if (!applied.succeeded()) {
                applied.problems().forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().println("bedside-neuro: nothing was changed.");
                return ExitCode.INVALID_INPUT;
            }
            spec.commandLine().getOut().println(applied.summary());
            return ExitCode.OK;
        }
    }

    /** The hospital's sign-in page: in the system browser where there is one, else its address for the clinician to open. */
    private void openBrowser(URI signInPage) {
        spec.commandLine().getOut().println("Sign in to the EHR in your browser: " + signInPage);
        spec.commandLine().getOut().flush();
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(signInPage);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the address is printed above
        }
    }

    private boolean confirmed() {
        spec.commandLine().getOut().print("Apply these changes? [y/N] ");
        spec.commandLine().getOut().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return answer != null && answer.strip().equalsIgnoreCase("y");
        } catch (IOException e) {
            return false;
        }
    }
}
