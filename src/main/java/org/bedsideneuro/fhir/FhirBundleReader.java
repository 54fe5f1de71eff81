package org.bedsideneuro.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a FHIR R4 Bundle (collection, searchset or transaction) from the hospital's EHR, or one BedsideNeuro exported,
 * into the rows of the exchange format (shared/fhir-notes.md, "Reading from the hospital's FHIR server"): Patients
 * with their ward and bed from an Encounter's locations, MedicationRequests (the drug from the request or its
 * Medication), MedicationAdministrations, eGFR Observations by their LOINC codes, and BedsideNeuro's own finding
 * Observations. What it cannot read is a problem, named by resource and element; a drug BedsideNeuro neither counts
 * nor watches is listed as not imported, with its code and text, and the rest goes on; {@code entered-in-error}
 * resources are left out. The database rules (an order running, a PRN order's limits, doubles) are the exchange
 * format's, applied by the import these rows go to.
 */
public final class FhirBundleReader {
    private static final FhirContext R4 = FhirContext.forR4Cached();
    /** How BedsideNeuro's export begins a study panel's note. */
    static final String LABORATORY = "Laboratory: ";

    private final Map<String, Resource> byReference = new HashMap<>();
    private final Map<Resource, String> names = new HashMap<>();
    private final ImportedRows rows = new ImportedRows();
    private final List<String> notImported = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Patient, String> mrns = new HashMap<>();
    private final Map<MedicationRequest, ImportedOrder> orders = new LinkedHashMap<>();
    private final Map<Resource, String> laboratories = new HashMap<>();
    private int leftOutInError;
    private int recomputed;
    private final Map<String, FhirOrigin> origins = new HashMap<>();
    private final List<String> enteredInError = new ArrayList<>();

    private FhirBundleReader() {
    }

    /**
     * What the bundle became.
     *
     * @param origins        where each resource (by {@code Type/id}) lives on its server, for those that say so
     * @param enteredInError the MedicationAdministrations and Observations marked entered-in-error (by {@code Type/id}),
     *                       left out
     */
    public record Read(ImportedRows rows, List<String> notImported, List<String> problems, int leftOutInError, int recomputed,
                       Map<String, FhirOrigin> origins, List<String> enteredInError) {
    }

    /** Reads {@code json}; a text that is not a FHIR R4 Bundle gives one problem and no rows. */
    public static Read read(String json) {
        FhirBundleReader reader = new FhirBundleReader();
        IParser parser = R4.newJsonParser();
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            reader.problems.add("Bundle: not FHIR R4 JSON (" + firstLine(e.getMessage()) + ")");
            return reader.result();
        }
        if (!(parsed instanceof Bundle bundle)) {
            reader.problems.add(parsed.fhirType() + ": a Bundle was expected (collection, searchset or transaction)");
            return reader.result();
        }
        reader.readBundle(bundle);
        return reader.result();
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private Read result() {
        return new Read(rows, List.copyOf(notImported), List.copyOf(problems), leftOutInError, recomputed, Map.copyOf(origins),
                List.copyOf(enteredInError));
    }

    private void readBundle(Bundle bundle) {
        List<Resource> resources = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r == null) {
                continue;
            }
            String name = r.fhirType() + "/" + (r.getIdElement().hasIdPart() ? r.getIdElement().getIdPart() : entry.getFullUrl());
            names.put(r, name);
            FhirOrigin.of(entry.getFullUrl(), r).ifPresent(origin -> origins.put(name, origin));
            if (entry.hasFullUrl()) {
                byReference.put(entry.getFullUrl(), r);
            }
            if (r.getIdElement().hasIdPart()) {
                byReference.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
            }
            resources.add(r);
        }
        resources.stream().filter(Patient.class::isInstance).map(Patient.class::cast).forEach(this::patient);
        Map<Patient, String[]> places = new HashMap<>();
        resources.stream().filter(Encounter.class::isInstance).map(Encounter.class::cast).forEach(e -> encounter(e, places));
        for (Map.Entry<Patient, String> p : mrns.entrySet()) {
            addPatientRow(p.getKey(), p.getValue(), places.getOrDefault(p.getKey(), new String[] {"", ""}));
        }
        resources.stream().filter(MedicationRequest.class::isInstance).map(MedicationRequest.class::cast).forEach(this::request);
        resources.stream().filter(MedicationAdministration.class::isInstance).map(MedicationAdministration.class::cast)
                .forEach(this::administration);
        resources.stream().filter(Observation.class::isInstance).map(Observation.class::cast).forEach(this::studyLaboratory);
        resources.stream().filter(Observation.class::isInstance).map(Observation.class::cast).forEach(this::observation);
        boolean anyImported = !mrns.isEmpty() || rows.count("medications.csv") + rows.count("administrations.csv") + rows.count("findings.csv") > 0;
        if (!anyImported && problems.isEmpty()) {
            problems.add("Bundle: holds no Patient, MedicationRequest, MedicationAdministration or Observation that BedsideNeuro imports");
        }
    }

    private String name(Resource r) {
        return names.get(r);
    }

    /** The resource {@code ref} points at inside the bundle, or empty. */
    private Optional<Resource> resolve(Reference ref) {
        if (ref == null || !ref.hasReference()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byReference.get(ref.getReference()));
    }

    // Patients --------------------------------------------------------------------------------------------------

    private void patient(Patient p) {
        Optional<String> mrn = ImportedPeople.mrn(p);
        if (mrn.isEmpty()) {
            problems.add(name(p) + ": identifier: no record number (an identifier of type MR, BedsideNeuro's MRN system, or a single identifier)");
            return;
        }
        for (Map.Entry<Patient, String> other : mrns.entrySet()) {
            if (other.getValue().equals(mrn.get())) {
                problems.add(name(p) + ": identifier: MRN " + mrn.get() + " is also " + name(other.getKey()) + "'s; one bundle, one patient per MRN");
                return;
            }
        }
        mrns.put(p, mrn.get());
    }

    private void addPatientRow(Patient p, String mrn, String[] place) {
        Map<String, String> v = new HashMap<>();
        v.put("patient_id", mrn);
        v.put("family_name", p.hasName() ? p.getNameFirstRep().getFamily() : "");
        v.put("given_name", p.hasName() ? String.join(" ", p.getNameFirstRep().getGiven().stream().map(g -> g.getValue()).toList()) : "");
        v.put("birth_date", p.hasBirthDateElement() ? p.getBirthDateElement().getValueAsString() : "");
        v.put("sex", p.hasGender() ? p.getGender().toCode() : "unknown");
        v.put("ward", place[0]);
        v.put("bed", place[1]);
        rows.add("patients.csv", v, new ImportedRows.Source(name(p), Map.of("patient_id", "identifier", "family_name", "name.family",
                "given_name", "name.given", "birth_date", "birthDate", "sex", "gender", "ward", "Encounter.location[0]", "bed", "Encounter.location[1]")));
    }

    /** An inpatient Encounter's locations, ward then bed (shared/fhir-notes.md): where the patient lies now. */
    private void encounter(Encounter e, Map<Patient, String[]> places) {
        if (e.getStatus() == Encounter.EncounterStatus.ENTEREDINERROR) {
            leftOutInError++;
            return;
        }
        Optional<Patient> patient = resolve(e.getSubject()).filter(Patient.class::isInstance).map(Patient.class::cast);
        if (patient.isEmpty()) {
            problems.add(name(e) + ": subject: no Patient of this bundle");
            return;
        }
        String[] place = {"", ""};
        List<Encounter.EncounterLocationComponent> locations = e.getLocation();
        for (int i = 0; i < locations.size(); i++) {
            Encounter.EncounterLocationComponent l = locations.get(i);
            String display = l.getLocation().getDisplay() == null ? "" : l.getLocation().getDisplay();
            String type = l.getPhysicalType().getCoding().stream().filter(c -> PeopleResources.LOCATION_TYPE.equals(c.getSystem()))
                    .map(Coding::getCode).findFirst().orElse(i == 0 ? "wa" : i == 1 ? "bd" : "");
            if (type.equals("wa")) {
                place[0] = display;
            } else if (type.equals("bd")) {
                place[1] = display;
            }
        }
        places.put(patient.get(), place);
    }

    // Orders ----------------------------------------------------------------------------------------------------

    private Optional<String> subjectMrn(Resource r, Reference subject) {
        Optional<Patient> patient = resolve(subject).filter(Patient.class::isInstance).map(Patient.class::cast);
        if (patient.isEmpty()) {
            problems.add(name(r) + ": subject: " + (subject == null || !subject.hasReference() ? "missing" : subject.getReference()
                    + " is no Patient of this bundle"));
            return Optional.empty();
        }
        String mrn = mrns.get(patient.get());
        return Optional.ofNullable(mrn); // a patient without an MRN is reported already
    }

    private CodeableConcept medicationOf(MedicationRequest r) {
        if (r.hasMedicationCodeableConcept()) {
            return r.getMedicationCodeableConcept();
        }
        return resolve(r.getMedicationReference()).filter(Medication.class::isInstance).map(m -> ((Medication) m).getCode()).orElse(null);
    }

    private void request(MedicationRequest r) {
        if (r.getStatus() == MedicationRequest.MedicationRequestStatus.ENTEREDINERROR) {
            leftOutInError++;
            return;
        }
        Optional<String> mrn = subjectMrn(r, r.getSubject());
        if (mrn.isEmpty()) {
            return;
        }
        CodeableConcept medication = medicationOf(r);
        if (medication == null) {
            problems.add(name(r) + ": medication: no code, and no Medication of this bundle");
            return;
        }
        Optional<String> drug = ImportedDrugs.genericName(medication);
        if (drug.isEmpty()) {
            notImported.add(name(r) + ": " + ImportedDrugs.describe(medication) + ": not a drug BedsideNeuro counts or watches");
            return;
        }
        if (r.getStatus() == MedicationRequest.MedicationRequestStatus.CANCELLED || r.getStatus() == MedicationRequest.MedicationRequestStatus.DRAFT) {
            notImported.add(name(r) + ": " + drug.get() + ": " + r.getStatus().toCode() + ", never given");
            return;
        }
        ImportedOrders.read(name(r), r, mrn.get(), drug.get(), problems).ifPresent(order -> {
            orders.put(r, order);
            rows.add("medications.csv", order.values(), order.source());
        });
    }

    // Administrations -------------------------------------------------------------------------------------------

    private void administration(MedicationAdministration a) {
        if (a.getStatus() == MedicationAdministration.MedicationAdministrationStatus.ENTEREDINERROR) {
            leftOutInError++;
            enteredInError.add(name(a)); // an earlier import of it is withdrawn
            return;
        }
        if (subjectMrn(a, a.getSubject()).isEmpty()) {
            return;
        }
        Optional<MedicationRequest> request = resolve(a.getRequest()).filter(MedicationRequest.class::isInstance).map(MedicationRequest.class::cast);
        if (request.isEmpty()) {
            problems.add(name(a) + ": request: " + (a.hasRequest() ? a.getRequest().getReference() + " is no MedicationRequest of this bundle"
                    : "missing; BedsideNeuro counts a dose under the order it was given under"));
            return;
        }
        ImportedOrder order = orders.get(request.get());
        if (order == null) {
            notImported.add(name(a) + ": its order " + name(request.get()) + " is not imported");
            return;
        }
        ImportedAdministrations.read(name(a), a, order, performer(a.getPerformer().isEmpty() ? null : a.getPerformerFirstRep().getActor()), problems)
                .ifPresent(row -> rows.add("administrations.csv", row, new ImportedRows.Source(name(a), ImportedAdministrations.PATHS)));
    }

    /** The clinician's name and role from a performer (a PractitionerRole, a Practitioner, or only a display). */
    private String[] performer(Reference actor) {
        if (actor == null) {
            return new String[] {"EHR", "other"};
        }
        Optional<Resource> who = resolve(actor);
        if (who.isPresent() && who.get() instanceof PractitionerRole role) {
            String roleCode = role.getCode().stream().flatMap(c -> c.getCoding().stream())
                    .filter(c -> LocalCodeSystems.CLINICIAN_ROLE.equals(c.getSystem())).map(Coding::getCode).findFirst().orElse("other");
            Optional<Resource> person = resolve(role.getPractitioner());
            String personName = person.filter(Practitioner.class::isInstance).map(p -> ((Practitioner) p).getNameFirstRep().getText()).orElse(null);
            return new String[] {personName != null ? personName : ImportedPeople.displayName(role.getPractitioner().getDisplay()), roleCode};
        }
        if (who.isPresent() && who.get() instanceof Practitioner p && p.getNameFirstRep().hasText()) {
            return new String[] {p.getNameFirstRep().getText(), "other"};
        }
        return new String[] {actor.hasDisplay() ? ImportedPeople.displayName(actor.getDisplay()) : "EHR", "other"};
    }

    // Observations ----------------------------------------------------------------------------------------------

    /**
     * A nerve conduction study's laboratory is its panel's note; in the exchange format it is the note of each of the
     * study's rows (a study whose rows share one note imports with it as the laboratory).
     */
    private void studyLaboratory(Observation panel) {
        boolean study = panel.getCode().getCoding().stream()
                .anyMatch(c -> LocalCodeSystems.OBSERVATION.equals(c.getSystem()) && LocalCodeSystems.NCS_PANEL.equals(c.getCode()));
        if (study && panel.hasNote()) {
            for (Reference member : panel.getHasMember()) {
                String note = panel.getNoteFirstRep().getText();
                String laboratory = note != null && note.startsWith(LABORATORY) ? note.substring(LABORATORY.length()) : note;
                resolve(member).ifPresent(m -> laboratories.put(m, laboratory));
            }
        }
    }

    private void observation(Observation o) {
        if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
            leftOutInError++;
            if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR) {
                enteredInError.add(name(o)); // an earlier import of it is withdrawn
            }
            return;
        }
        Optional<ImportedFindings.Kind> kind = ImportedFindings.kindOf(o);
        if (kind.isEmpty()) {
            notImported.add(name(o) + ": " + ImportedDrugs.describe(o.getCode()) + ": an observation BedsideNeuro does not record");
            return;
        }
        if (kind.get() == ImportedFindings.Kind.DERIVED) {
            recomputed++; // BedsideNeuro's own panels, scores, daily MME and flags: computed again from what is imported
            return;
        }
        Optional<String> mrn = subjectMrn(o, o.getSubject());
        if (mrn.isEmpty()) {
            return;
        }
        String[] by = performer(o.getPerformer().isEmpty() ? null : o.getPerformerFirstRep());
        ImportedFindings.read(name(o), o, kind.get(), mrn.get(), by, this::resolve, problems).ifPresent(row -> {
            if (laboratories.containsKey(o) && row.getOrDefault("note", "").isEmpty()) {
                row.put("note", laboratories.get(o));
            }
            rows.add("findings.csv", row, new ImportedRows.Source(name(o), ImportedFindings.PATHS));
        });
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static Optional<String> identifier(List<Identifier> identifiers, String system) {
        return identifiers.stream().filter(i -> system.equals(i.getSystem())).map(Identifier::getValue).findFirst();
    }
}
