package org.bedsideneuro.fhir;

import java.util.Map;
import java.util.Optional;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Route;

/**
 * Every system URI and every external code the export writes. An external code is here only when
 * shared/fhir-notes.md ("Codes found in sources") names where it was found; each constant cites that row.
 * Displays of external codes are left out on purpose: offline nobody can check them against the release, and a
 * wrong display is an error to an online validator. The text of each concept travels in CodeableConcept.text.
 */
public final class FhirCodes {
    /**
     * Namespace of BedsideNeuro's own CodeSystems and identifier systems. A placeholder until the project owns a
     * domain (or registers an OID); change it here only, never per resource.
     */
    public static final String BASE = "https://bedsideneuro.org/fhir";
    public static final String CODE_SYSTEM_BASE = BASE + "/CodeSystem/";

    /** Identifier systems: the MRN should become the hospital's own system URI once one is configured. */
    public static final String MRN_SYSTEM = BASE + "/sid/mrn";
    public static final String CLINICIAN_ID_SYSTEM = BASE + "/sid/clinician";
    public static final String EXAM_VERSION_SYSTEM = BASE + "/sid/exam-version";
    public static final String ORDER_ID_SYSTEM = BASE + "/sid/medication-order";
    public static final String ADMINISTRATION_ID_SYSTEM = BASE + "/sid/medication-administration";
    public static final String FLAG_ID_SYSTEM = BASE + "/sid/flag";

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String UCUM = "http://unitsofmeasure.org";

    /** FHIR's own terminology (part of R4 itself, not a clinical code). */
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String MEDREQ_CATEGORY = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";
    public static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
    public static final String PROVENANCE_AGENT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

    /** R4 core extensions (shared/fhir-notes.md "Modelling"). */
    public static final String EXT_BODY_SITE = "http://hl7.org/fhir/StructureDefinition/bodySite";
    public static final String EXT_ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /** Deltoid muscle, SNOMED CT 35259002. shared/fhir-notes.md, row "deltoid muscle": eHDSI body site; DICOM CID 6116. */
    public static final String SNOMED_DELTOID = "35259002";

    /** Hallucinations (finding), SNOMED CT 7011001. shared/fhir-notes.md, row "hallucinations": tx.fhir.ch SNOMED browser. */
    public static final String SNOMED_HALLUCINATIONS = "7011001";

    /** Myoclonus (finding), SNOMED CT 17450006. shared/fhir-notes.md, row "myoclonus": napkon-pediatrics IG. */
    public static final String SNOMED_MYOCLONUS = "17450006";

    /**
     * Routes, SNOMED CT. shared/fhir-notes.md, row "routes (SNOMED)": ONCOFAIR IG code system; DICOM CID 11 (IV, IM, SC).
     * Every route BedsideNeuro knows has one.
     */
    private static final Map<Route, String> ROUTES = Map.of(
            Route.ORAL, "26643006", Route.IV, "47625008", Route.SC, "34206005", Route.IM, "78421000",
            Route.TRANSDERMAL, "45890007", Route.SUBLINGUAL, "37839007", Route.INTRATHECAL, "72607000");

    /**
     * RxNorm ingredients. shared/fhir-notes.md, row "RxNorm ingredients": CDC opioid MME FHIR IG (cqframework/opioid-mme-r4)
     * conversion-factor code systems; cpicpgx/cpic-schema drug table. Gabapentin, pregabalin and clonazepam are left
     * out: the notes saw their codes only in application code ("check them"); baclofen, levetiracetam, dantrolene
     * have no sourced code.
     */
    private static final Map<String, String> RXNORM_INGREDIENTS = Map.ofEntries(
            Map.entry("morphine", "7052"), Map.entry("oxycodone", "7804"), Map.entry("hydromorphone", "3423"),
            Map.entry("hydrocodone", "5489"), Map.entry("oxymorphone", "7814"), Map.entry("codeine", "2670"),
            Map.entry("tramadol", "10689"), Map.entry("tapentadol", "787390"), Map.entry("fentanyl", "4337"),
            Map.entry("methadone", "6813"), Map.entry("buprenorphine", "1819"), Map.entry("duloxetine", "72625"));

    /** Daily MME: morphine milligram equivalents per day, which in UCUM is mg/d (of oral morphine). */
    public static final String UCUM_MME_PER_DAY = "mg/d";
    /** A score's points: a UCUM annotation, dimensionless. */
    public static final String UCUM_SCORE = "{score}";

    private FhirCodes() {
    }

    /**
     * Laterality qualifier, SNOMED CT: left 7771000, right 24028007. shared/fhir-notes.md, row "left / right (SNOMED CT
     * qualifier)": HL7 Europe eHDSI body-site-laterality, HL7 Switzerland ch-ems Laterality, DICOM CID 247.
     */
    public static String laterality(Side side) {
        return side == Side.LEFT ? "7771000" : "24028007";
    }

    public static String route(Route route) {
        return ROUTES.get(route);
    }

    /** The route of a SNOMED CT route code of the table above. */
    public static Optional<Route> routeOfSnomed(String code) {
        return ROUTES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst();
    }

    public static Optional<String> rxNorm(String drug) {
        return Optional.ofNullable(RXNORM_INGREDIENTS.get(drug));
    }

    /** The generic name of an RxNorm ingredient code of the table above, read back from an EHR's order. */
    public static Optional<String> drugOfRxNorm(String code) {
        return RXNORM_INGREDIENTS.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst();
    }

    /** UCUM code of a dose unit: mcg is "ug" in UCUM. */
    public static String ucum(DoseUnit unit) {
        return switch (unit) {
            case MG -> "mg";
            case MCG -> "ug";
            case MCG_PER_HOUR -> "ug/h";
            case MG_PER_HOUR -> "mg/h";
        };
    }
}
