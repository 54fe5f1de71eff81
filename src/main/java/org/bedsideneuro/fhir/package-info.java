/**
 * FHIR R4 (4.0.1) export of one patient's record: a Bundle of type collection holding the Patient, the
 * clinicians, each exam and observation as a grouping Observation with one member Observation per finding, computed
 * scores, medication orders (MedicationRequest, shaped by kind: scheduled, PRN, infusion, PCA), the doses given, held
 * or refused and the PCA pump readings (MedicationAdministration), the daily MME, the flags and the amendments, plus
 * the BedsideNeuro CodeSystems the Bundle uses, generated from the domain scales so each is defined once.
 *
 * <p>Reads domain objects only (the caller loads them); depends on HAPI FHIR's R4 structures, not on the validator,
 * the database or JavaFX. External codes (SNOMED CT, LOINC, RxNorm) appear only where shared/fhir-notes.md names a
 * source for them; everything else is a local BedsideNeuro code with its text.
 *
 * <p>Layer: used by service and app; uses the domain only (ArchitectureTest).
 */
package org.bedsideneuro.fhir;
