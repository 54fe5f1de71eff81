package org.bedsideneuro.service;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.account.AccessAction;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.fhir.FhirExporter;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.Work;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Updating patients from the hospital's EHR, for the command line and the window: read the record from the server
 * ({@link EhrClient}), show what importing it would change (a preview is the import rolled back), and apply it on
 * confirmation by the same import. Each patient's pull is recorded in the access log (who, which patient, which
 * server).
 */
public final class FhirPullService {
    private final Database database;
    private final FhirImportService importer;
    private final EhrClient client;

    public FhirPullService(Database database, Clock clock, EhrClient client) {
        this.database = Objects.requireNonNull(database, "database");
        this.importer = new FhirImportService(database, clock);
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * The records read from the server, and what importing them now would change.
     *
     * @param patients the patients whose records were read
     * @param notRead  patients the EHR could not name (no patient with the MRN, or two), each with the reason
     */
    public record Pulled(URI server, List<PatientId> patients, List<String> notRead, String bundleJson, FhirImportReport wouldChange) {
        public Pulled {
            patients = List.copyOf(patients);
            notRead = List.copyOf(notRead);
        }
    }

    /** Reads {@code patient}'s record from {@code server} (doses and lab values from {@code since}, when given) and previews it. */
    /** Who pulls or imports, as the record names them: {@code clinician}, added to the clinicians on first use. */
    public static Work<Clinician> recordedAs(Clinician clinician) {
        return s -> s.clinicians().ensure(clinician);
    }

    public Pulled pull(URI server, PatientId patient, LocalDate since, Work<Clinician> by) {
        Bundle record = client.patientRecord(server, patient, since);
        logPull(server, patient, since, by);
        String json = FhirExporter.toJson(record);
        return new Pulled(server, List.of(patient), List.of(), json, importer.preview(json, by));
    }

    /**
     * Reads every one of {@code patients} (a ward) into one bundle and previews it, so that applying it is one import:
     * all or nothing. A patient the EHR cannot name is listed in {@link Pulled#notRead()} and the others go on; a
     * server that is down, slow or answers garbage stops the whole pull with {@link EhrUnavailableException}.
     */
    public Pulled pullAll(URI server, List<PatientId> patients, LocalDate since, Work<Clinician> by) {
        Bundle all = new Bundle().setType(Bundle.BundleType.COLLECTION);
        List<PatientId> read = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        for (PatientId patient : patients) {
            try {
                client.patientRecord(server, patient, since).getEntry().forEach(all::addEntry);
                read.add(patient);
            } catch (EhrPatientUnclearException e) {
                notRead.add(patient.value() + ": " + e.getMessage());
            }
        }
        for (PatientId patient : read) {
            logPull(server, patient, since, by);
        }
        if (read.isEmpty()) {
            return new Pulled(server, read, notRead, null, null);
        }
        String json = FhirExporter.toJson(all);
        return new Pulled(server, read, notRead, json, importer.preview(json, by));
    }

    private void logPull(URI server, PatientId patient, LocalDate since, Work<Clinician> by) {
        database.write(s -> {
            s.accessLog().record(by.run(s), AccessAction.PULL_FROM_EHR, patient, "read from " + server + (since == null ? "" : " since " + since));
            return null;
        });
    }

    /** Imports what {@link #pull} read: all or nothing, and nothing again that is already there. */
    public FhirImportReport apply(Pulled pulled, Work<Clinician> importedBy) {
        if (pulled.bundleJson() == null) {
            throw new IllegalStateException("nothing was read from the EHR");
        }
        return importer.importBundle(pulled.bundleJson(), importedBy);
    }
}
