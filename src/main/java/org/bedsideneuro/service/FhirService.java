package org.bedsideneuro.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.fhir.FhirExportRequest;
import org.bedsideneuro.fhir.FhirExporter;
import org.bedsideneuro.fhir.FhirFiles;
import org.bedsideneuro.persistence.Database;

/** One patient's record as a FHIR R4 Bundle file, for the patient page and {@code export-fhir}. */
public final class FhirService {
    private final Database database;
    private final PatientRecords records;
    private final Clock clock;

    public FhirService(Database database, Clock clock) {
        this.database = database;
        this.records = new PatientRecords(database, clock.getZone());
        this.clock = clock;
    }

    /** What was written. */
    public record Written(Path file, Period period, int resources) {
    }

    /**
     * Writes the Bundle atomically. Empty when there is no such patient; a chosen period with nothing in it is refused
     * (it would export an empty record).
     */
    public Optional<Written> export(PatientId id, LocalDate from, LocalDate to, Path out) {
        boolean demo = database.read(s -> s.accounts().holdsDemoAccounts());
        return records.load(id).map(loaded -> {
            Period period = Period.of(from, to, loaded.course().firstDay(), records.today());
            if ((from != null || to != null) && !FhirExporter.hasData(loaded.course(), period.first(), period.last())) {
                throw new IllegalArgumentException("Patient " + id + " has no exams, orders or flags from " + period.first()
                        + " to " + period.last() + ".");
            }
            var bundle = FhirExporter.export(new FhirExportRequest(loaded.course(), loaded.history(), period.first(), period.last(),
                    clock.instant(), loaded.signatures()));
            if (demo) {
                FhirExporter.markAsTestData(bundle);
            }
            try {
                FhirFiles.writeAtomically(FhirExporter.toJson(bundle), out);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
            }
            return new Written(out, period, bundle.getEntry().size());
        });
    }
}
