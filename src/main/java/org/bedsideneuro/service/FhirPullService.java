package org.bedsideneuro.service;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.fhir.FhirExporter;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;

/**
 * Updating a patient from the hospital's EHR, for the command line and the window: read the record from the server
 * ({@link EhrClient}), show what importing it would change (a preview is the import rolled back), and apply it on
 * confirmation by the same import. The pull is recorded in the access log (who, which patient, which server).
 */
public final class FhirPullService {
    /** The record read from the server, and what importing it now would change. */
    public record Pulled(URI server, PatientId patient, String bundleJson, FhirImportReport wouldChange) {
    }

    private final Database database;
    private final FhirImportService importer;
    private final EhrClient client;

    public FhirPullService(Database database, Clock clock, EhrClient client) {
        this.database = Objects.requireNonNull(database, "database");
        this.importer = new FhirImportService(database, clock);
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Reads {@code patient}'s record from {@code server} (doses and lab values from {@code since}, when given) and previews it. */
    public Pulled pull(URI server, PatientId patient, LocalDate since, Work<Clinician> by) {
        String json = FhirExporter.toJson(client.patientRecord(server, patient, since));
        database.write(s -> {
            s.accessLog().record(by.run(s), AccessAction.PULL_FROM_EHR, patient, "read from " + server + (since == null ? "" : " since " + since));
            return null;
        });
        return new Pulled(server, patient, json, importer.preview(json, by));
    }

    /** Imports what {@link #pull} read: all or nothing, and nothing again that is already there. */
    public FhirImportReport apply(Pulled pulled, Work<Clinician> importedBy) {
        return importer.importBundle(pulled.bundleJson(), importedBy);
    }
}
