package org.bedsideneuro.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.ParenteralFactors;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.report.PaperSize;
import org.bedsideneuro.report.PdfSummaryWriter;
import org.bedsideneuro.report.ProgressSummary;
import org.bedsideneuro.report.ProgressSummaryBuilder;

/** The progress summary of one patient over a period, for the PDF, the printer and the command line. */
public final class SummaryService {
    private final Database database;
    private final PatientRecords records;
    private final Clock clock;
    private final String version;

    public SummaryService(Database database, Clock clock, String version) {
        this.database = database;
        this.records = new PatientRecords(database, clock.getZone());
        this.clock = clock;
        this.version = version;
    }

    /** The summary, or empty when there is no such patient. {@code from}/{@code to} may be null (first record, today). */
    public Optional<ProgressSummary> summary(PatientId id, LocalDate from, LocalDate to, String printedBy) {
        boolean demo = database.read(s -> s.accounts().holdsDemoAccounts());
        ParenteralFactors factors = database.read(s -> s.parenteralFactors().inForce());
        return records.load(id).map(loaded -> {
            var course = loaded.course();
            Period period = Period.of(from, to, course.firstDay(), records.today());
            return new ProgressSummaryBuilder(factors.table(), records.zone()).build(course, period.first(), period.last(),
                    new ProgressSummary.Printing(ZonedDateTime.now(clock), printedBy, version, demo, factors.inForceLine(clock.getZone())),
                    loaded.history(), loaded.signatures());
        });
    }

    /** Writes the PDF atomically; returns the page count. */
    public int writePdf(ProgressSummary summary, PaperSize paper, Path out) {
        return new PdfSummaryWriter(paper).write(summary, out);
    }

    /** The PDF in memory, for the printer. */
    public byte[] pdfBytes(ProgressSummary summary, PaperSize paper) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfSummaryWriter(paper).write(summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
