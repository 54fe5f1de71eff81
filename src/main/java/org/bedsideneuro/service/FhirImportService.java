package org.bedsideneuro.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.exchange.CsvImporter;
import org.bedsideneuro.exchange.ExchangeProblem;
import org.bedsideneuro.exchange.ImportReport;
import org.bedsideneuro.fhir.FhirBundleReader;
import org.bedsideneuro.fhir.ImportedRows;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;

/**
 * Imports a FHIR R4 Bundle from the hospital's EHR (or one BedsideNeuro exported) for the window and the command line
 * (shared/fhir-notes.md, "Reading from the hospital's FHIR server"). The bundle is read into the rows of the exchange
 * format, and those rows are imported by the exchange format's rules in one transaction: all or nothing, a second
 * import of the same bundle adds nothing, and every problem is told back by the resource and element it came from.
 * Resources that name their server (an absolute fullUrl, as a pull gives them) keep it as their records' source, in
 * the same transaction ({@link EhrSourceTracking}, decision record 0020).
 */
public final class FhirImportService {
    private final Database database;
    private final Clock clock;

    /** @param clock "now" (nothing in the future is imported) and the calendar days of a PRN order's most doses a day */
    public FhirImportService(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Imports {@code json}, a Bundle; {@code importedBy} is found or created inside the import's transaction. */
    public FhirImportReport importBundle(String json, Work<Clinician> importedBy) {
        return run(json, importedBy, false);
    }

    /** What {@link #importBundle} would write now; nothing is written (shown before an EHR's data is applied). */
    public FhirImportReport preview(String json, Work<Clinician> importedBy) {
        return run(json, importedBy, true);
    }

    private FhirImportReport run(String json, Work<Clinician> importedBy, boolean preview) {
        FhirBundleReader.Read read = FhirBundleReader.read(json);
        if (!read.problems().isEmpty()) {
            return new FhirImportReport(null, read.problems(), read.notImported(), read.leftOutInError(), read.recomputed());
        }
        EhrSourceTracking sources = database.read(s -> EhrSourceTracking.plan(s, read, importedBy, clock));
        ImportedRows rows = sources.rows();
        CsvImporter importer = new CsvImporter(database, clock);
        ImportReport report = preview ? importer.previewTexts(rows.files(), importedBy, sources) : importer.importTexts(rows.files(), importedBy, sources);
        List<String> notImported = new ArrayList<>(read.notImported());
        notImported.addAll(sources.changedInEhr());
        if (!report.succeeded()) {
            List<String> problems = new ArrayList<>();
            for (ExchangeProblem p : report.problems()) {
                problems.add(located(p, rows));
            }
            return new FhirImportReport(null, problems, notImported, read.leftOutInError(), read.recomputed(), sources.unchanged(), List.of());
        }
        return new FhirImportReport(report, List.of(), notImported, read.leftOutInError(), read.recomputed(), sources.unchanged(), sources.withdrawn());
    }

    /** "MedicationAdministration/42: effective: …" for a problem the exchange rules found at a row's cell. */
    private static String located(ExchangeProblem p, ImportedRows rows) {
        ImportedRows.Source source = p.file() == null ? null : rows.source(p.file(), p.line());
        if (source == null) {
            return p.message();
        }
        String path = source.path(p.column());
        return source.resource() + ": " + (path != null ? path : p.column() != null ? p.column() : "") + (path != null || p.column() != null ? ": " : "")
                + p.message();
    }
}
