package org.bedsideneuro.ui.ehr;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.service.ComputerSettings;
import org.bedsideneuro.service.TestEhrServer;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The EHR tests' ward: Erin Testperson (synthetic) on the ward and in the EHR, whose EHR record is the import tests'
 * bundle (a Medication reference, a PRN order, a held dose, an entered-in-error dose, two eGFR codes, drugs BedsideNeuro
 * does not record), served by a real FHIR server started by the test.
 */
final class EhrTestWard {
    static final PatientId MRN = new PatientId("SYN-EHR-1");

    private EhrTestWard() {
    }

    /** Erin as the EHR has her, on the ward already. */
    static Patient erin(Database db, Clinician by) {
        Patient erin = new Patient(MRN, "Testperson", "Erin Maud", LocalDate.of(1948, 2, 3), Sex.FEMALE, "Neuro 4B", "12");
        db.write(s -> {
            s.patients().add(erin, by);
            return null;
        });
        return erin;
    }

    static TestEhrServer serverWithErin() throws Exception {
        TestEhrServer server = new TestEhrServer();
        String json;
        try (InputStream in = EhrTestWard.class.getResourceAsStream("/org/bedsideneuro/fhir/ehr-bundle.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json).getEntry().forEach(e -> server.add(e.getResource()));
        return server;
    }

    /** A settings file naming {@code address} as this computer's EHR. */
    static Path settingsNaming(Path dir, String address) {
        Path file = dir.resolve(ComputerSettings.FILE_NAME);
        ComputerSettings.defaults().withEhrUri(address).save(file);
        return file;
    }
}
