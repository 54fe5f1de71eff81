package org.bedsideneuro.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.exchange.CsvExporter;
import org.bedsideneuro.exchange.ExportScope;
import org.bedsideneuro.exchange.ExportSummary;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.PdfPrinting;
import org.bedsideneuro.report.ProgressSummary;
import org.bedsideneuro.service.FhirService;
import org.bedsideneuro.service.SummaryService;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * Everything that leaves the app from the window: the PDF progress summary (saved or printed), the exchange-format
 * CSV of a patient or the whole ward, and the FHIR Bundle. Each runs off the FX thread and ends in a notice saying
 * what was written where, or what went wrong (nothing half-written: the writers write atomically).
 */
public final class ExportViewModel {
    private final Database database;
    private final Clinician clinician;
    private final BackgroundRunner runner;
    private final SummaryService summaries;
    private final FhirService fhir;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public ExportViewModel(Database database, Clinician clinician, Clock clock, BackgroundRunner runner, String version) {
        this.database = database;
        this.clinician = clinician;
        this.runner = runner;
        this.summaries = new SummaryService(database, clock, version);
        this.fhir = new FhirService(database, clock);
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Writes the summary of {@code patient} for {@code from}..{@code to} (either may be null) to {@code out}. */
    public void savePdf(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Path out, Runnable done) {
        runner.run(() -> {
            ProgressSummary summary = summary(patient, from, to);
            int pages = summaries.writePdf(summary, paper, out);
            logAccess(AccessAction.EXPORT_SUMMARY, patient, "progress summary PDF to " + out);
            return pages;
        }, pages -> {
            notice.set(Notice.info("Progress summary saved: " + out + " (" + pages + (pages == 1 ? " page)." : " pages).")));
            done.run();
        }, failure -> notice.set(Notice.of(failure)));
    }

    /** Prints the same summary through the system print dialog. */
    public void print(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Runnable done) {
        runner.run(() -> {
            byte[] pdf = summaries.pdfBytes(summary(patient, from, to), paper);
            boolean printed = PdfPrinting.print(pdf, "BedsideNeuro summary " + patient);
            if (printed) {
                logAccess(AccessAction.PRINT_SUMMARY, patient, "progress summary sent to the printer");
            }
            return printed;
        }, printed -> {
            notice.set(Notice.info(printed ? "Progress summary sent to the printer." : "Printing cancelled."));
            done.run();
        }, failure -> notice.set(Notice.of(failure)));
    }

    /** The exchange-format folder of one patient, or of the whole ward when {@code patient} is empty. */
    public void saveCsv(Optional<PatientId> patient, Path folder) {
        runner.run(() -> {
                    ExportSummary written = new CsvExporter(database).export(folder,
                            patient.map(ExportScope::patient).orElseGet(ExportScope::wholeWard), false);
                    logAccess(AccessAction.EXPORT_DATA, patient.orElse(null), "CSV exchange files to " + written.folder());
                    return written;
                },
                (ExportSummary s) -> notice.set(Notice.info("Exported " + s.patients() + (s.patients() == 1 ? " patient, " : " patients, ")
                        + s.orders() + " orders, " + s.administrations() + " administrations and " + s.findings() + " findings to "
                        + s.folder() + ".")),
                failure -> notice.set(Notice.of(failure)));
    }

    /** The FHIR R4 Bundle of one patient. */
    public void saveFhir(PatientId patient, LocalDate from, LocalDate to, Path out) {
        runner.run(() -> {
                    FhirService.Written w = fhir.export(patient, from, to, out)
                            .orElseThrow(() -> new IllegalArgumentException("No patient with MRN " + patient + "."));
                    logAccess(AccessAction.EXPORT_DATA, patient, "FHIR R4 Bundle to " + w.file());
                    return w;
                },
                w -> notice.set(Notice.info("FHIR Bundle saved: " + w.file() + " (" + w.resources() + " resources).")),
                failure -> notice.set(Notice.of(failure)));
    }

    /** The access log (issue #11 point 5): what left the app, by whom, for which patient. */
    private void logAccess(AccessAction action, PatientId patient, String detail) {
        database.write(s -> {
            s.accessLog().record(clinician, action, patient, detail);
            return null;
        });
    }

    private ProgressSummary summary(PatientId patient, LocalDate from, LocalDate to) {
        return summaries.summary(patient, from, to, clinician.signature())
                .orElseThrow(() -> new IllegalArgumentException("No patient with MRN " + patient + "."));
    }
}
