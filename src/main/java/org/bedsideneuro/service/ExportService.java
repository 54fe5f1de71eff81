package org.bedsideneuro.service;

import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.exchange.CsvExporter;
import org.bedsideneuro.exchange.ExportScope;
import org.bedsideneuro.exchange.ExportSummary;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.PdfPrinting;
import org.bedsideneuro.report.ProgressSummary;

/**
 * Everything that leaves the app, each written atomically and then recorded in the access log (HIPAA 45 CFR
 * 164.312(b)): the PDF progress summary saved or printed, the exchange-format CSV of a patient or the whole ward, the
 * FHIR R4 Bundle of a patient. {@code by} is who exported: a clinician, or the work that finds one in the same
 * transaction as the log line (the command line's operating-system user).
 */
public final class ExportService {
    private final Database database;
    private final SummaryService summaries;
    private final FhirService fhir;

    public ExportService(Database database, Clock clock, String version) {
        this.database = Objects.requireNonNull(database, "database");
        this.summaries = new SummaryService(database, clock, version);
        this.fhir = new FhirService(database, clock);
    }

    /** A summary written: what it covers, and its pages. */
    public record WrittenSummary(ProgressSummary summary, int pages) { }

    /** Writes the summary of {@code patient} for {@code from}..{@code to} (either may be null); returns its pages. */
    public int savePdf(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Path out, Clinician by) {
        return savePdf(patient, from, to, paper, out, by.signature(), s -> by)
                .orElseThrow(() -> new IllegalArgumentException("No patient with MRN " + patient + ".")).pages();
    }

    /** The same, printed by {@code printedBy} (the footer's name); empty when there is no such patient. */
    public Optional<WrittenSummary> savePdf(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Path out, String printedBy,
                                            Work<Clinician> by) {
        Optional<ProgressSummary> summary = summaries.summary(patient, from, to, printedBy);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        int pages = summaries.writePdf(summary.get(), paper, out);
        logAccess(AccessAction.EXPORT_SUMMARY, patient, "progress summary PDF to " + out.toAbsolutePath(), by);
        return Optional.of(new WrittenSummary(summary.get(), pages));
    }

    /** Prints the same summary through the system print dialog; false when the clinician cancelled it. */
    public boolean print(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Clinician by)
            throws IOException, PrinterException {
        byte[] pdf = summaries.pdfBytes(summary(patient, from, to, by), paper);
        boolean printed = PdfPrinting.print(pdf, "BedsideNeuro summary " + patient);
        if (printed) {
            logAccess(AccessAction.PRINT_SUMMARY, patient, "progress summary sent to the printer", s -> by);
        }
        return printed;
    }

    /** The exchange-format folder of one patient, or of the whole ward when {@code patient} is null. */
    public ExportSummary saveCsv(PatientId patient, Path folder, boolean overwrite, Work<Clinician> by) {
        ExportScope scope = patient == null ? ExportScope.wholeWard() : ExportScope.patient(patient);
        ExportSummary written = new CsvExporter(database).export(folder, scope, overwrite);
        logAccess(AccessAction.EXPORT_DATA, patient, "CSV exchange files to " + written.folder(), by);
        return written;
    }

    /** The FHIR R4 Bundle of one patient. */
    public FhirService.Written saveFhir(PatientId patient, LocalDate from, LocalDate to, Path out, Clinician by) {
        return saveFhir(patient, from, to, out, s -> by)
                .orElseThrow(() -> new IllegalArgumentException("No patient with MRN " + patient + "."));
    }

    /** The same; empty when there is no such patient. */
    public Optional<FhirService.Written> saveFhir(PatientId patient, LocalDate from, LocalDate to, Path out, Work<Clinician> by) {
        Optional<FhirService.Written> written = fhir.export(patient, from, to, out);
        written.ifPresent(w -> logAccess(AccessAction.EXPORT_DATA, patient, "FHIR R4 Bundle to " + out.toAbsolutePath(), by));
        return written;
    }

    private ProgressSummary summary(PatientId patient, LocalDate from, LocalDate to, Clinician by) {
        return summaries.summary(patient, from, to, by.signature())
                .orElseThrow(() -> new IllegalArgumentException("No patient with MRN " + patient + "."));
    }

    private void logAccess(AccessAction action, PatientId patient, String detail, Work<Clinician> by) {
        database.write(s -> {
            s.accessLog().record(by.run(s), action, patient, detail);
            return null;
        });
    }
}
