package org.bedsideneuro.fhir;

import java.util.EnumSet;
import java.util.Set;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.FlagCode;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DetectedIssue;

/**
 * Each flag as a DetectedIssue (shared/fhir-notes.md "Modelling": decision-support alerts; DetectedIssue rather than
 * Flag because it has evidence). Evidence points at the exam Observations the flag names (by identifier when the
 * exam lies outside the period) and, for the flags whose rule reads the MME, at that day's daily-MME Observation;
 * the orders it names are implicated.
 */
final class FlagResources {
    /** Flags whose rule reads the daily MME (shared/clinical-reference.md section 7). */
    private static final Set<FlagCode> READ_MME = EnumSet.of(FlagCode.MYOCLONUS_RISING_WITH_MME, FlagCode.HYPERALGESIA_ESCALATION,
            FlagCode.OIN_WARNING_SIGNS);

    private FlagResources() {
    }

    static void add(BundleEntries entries, Patient patient, String patientUrl, Flag flag, ExamResources exams, RegimenResources regimen) {
        DetectedIssue issue = new DetectedIssue();
        String id = flag.code().code() + "/" + flag.date();
        issue.addIdentifier().setSystem(FhirCodes.FLAG_ID_SYSTEM).setValue(patient.id().value() + "/" + id);
        issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        CodeableConcept code = BundleEntries.concept(LocalCodeSystems.FLAG, flag.code().code(), flag.code().code());
        if (flag.code() == FlagCode.MYOCLONUS_NEW) {
            // SNOMED CT 17450006 myoclonus (finding): shared/fhir-notes.md, row "myoclonus (finding)".
            code.addCoding(BundleEntries.external(FhirCodes.SNOMED, FhirCodes.SNOMED_MYOCLONUS));
        }
        issue.setCode(code);
        issue.setPatient(BundleEntries.ref(patientUrl, patient.displayName()));
        issue.setIdentified(BundleEntries.date(flag.date()));
        issue.setDetail(flag.description() + " Values: " + flag.values());
        DetectedIssue.DetectedIssueEvidenceComponent evidence = issue.addEvidence();
        for (ExamId exam : flag.examIds()) {
            String url = exams.parents.get(exam);
            evidence.addDetail(url != null ? BundleEntries.ref(url, "Exam or observation " + exam)
                    : BundleEntries.byIdentifier(FhirCodes.EXAM_VERSION_SYSTEM, exam.toString(), "Exam or observation outside the exported period"));
        }
        if (READ_MME.contains(flag.code()) && regimen.dailyMme.containsKey(flag.date())) {
            evidence.addDetail(BundleEntries.ref(regimen.dailyMme.get(flag.date()), "Daily MME on " + flag.date()));
        }
        for (OrderId order : flag.orderIds()) {
            String url = regimen.requests.get(order);
            issue.addImplicated(url != null ? BundleEntries.ref(url, "Medication order " + order)
                    : BundleEntries.byIdentifier(FhirCodes.ORDER_ID_SYSTEM, order.toString(), "Medication order outside the exported period"));
        }
        if (evidence.getDetail().isEmpty()) {
            issue.getEvidence().clear();
        }
        Narratives.set(issue, flag.code().code() + " on " + flag.date() + ": " + flag.values());
        entries.add(BundleEntries.urn("flag:" + patient.id().value() + "/" + id), issue);
    }
}
