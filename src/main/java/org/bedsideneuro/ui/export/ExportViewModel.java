package org.bedsideneuro.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.exchange.ExportSummary;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.service.ExportService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * Everything that leaves the app from the window: the PDF progress summary (saved or printed), the exchange-format
 * CSV of a patient or the whole ward, and the FHIR Bundle. Each runs off the FX thread and ends in a notice saying
 * what was written where, or what went wrong (nothing half-written: the writers write atomically).
 */
public final class ExportViewModel {
    private final Clinician clinician;
    private final BackgroundRunner runner;
    private final ExportService exports;
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public ExportViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner, String version) {
        this.clinician = clinician;
        this.runner = runner;
        this.exports = records.exports(clock, version);
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Writes the summary of {@code patient} for {@code from}..{@code to} (either may be null) to {@code out}. */
    public void savePdf(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Path out, Runnable done) {
        runner.run(() -> exports.savePdf(patient, from, to, paper, out, clinician), pages -> {
            notice.set(Notice.info("Progress summary saved: " + out + " (" + pages + (pages == 1 ? " page)." : " pages).")));
            done.run();
        }, failure -> notice.set(Notice.of(failure)));
    }

    /** Prints the same summary through the system print dialog. */
    public void print(PatientId patient, LocalDate from, LocalDate to, PaperSize paper, Runnable done) {
        runner.run(() -> exports.print(patient, from, to, paper, clinician), printed -> {
            notice.set(Notice.info(printed ? "Progress summary sent to the printer." : "Printing cancelled."));
            done.run();
        }, failure -> notice.set(Notice.of(failure)));
    }

    /** The exchange-format folder of one patient, or of the whole ward when {@code patient} is empty. */
    public void saveCsv(Optional<PatientId> patient, Path folder) {
        runner.run(() -> exports.saveCsv(patient.orElse(null), folder, false, s -> clinician),
                (ExportSummary s) -> notice.set(Notice.info("Exported " + s.patients() + (s.patients() == 1 ? " patient, " : " patients, ")
                        + s.orders() + " orders, " + s.administrations() + " administrations and " + s.findings() + " findings to "
                        + s.folder() + ".")),
                failure -> notice.set(Notice.of(failure)));
    }

    /** The FHIR R4 Bundle of one patient. */
    public void saveFhir(PatientId patient, LocalDate from, LocalDate to, Path out) {
        runner.run(() -> exports.saveFhir(patient, from, to, out, clinician),
                w -> notice.set(Notice.info("FHIR Bundle saved: " + w.file() + " (" + w.resources() + " resources).")),
                failure -> notice.set(Notice.of(failure)));
    }
}
