package org.bedsideneuro.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an exchange folder holds after reading: the valid rows, and every problem found without looking at the
 * database. The database checks run whether or not {@link #problems()} is empty (every problem is reported in one
 * run); the import writes only when no problem was found at all.
 *
 * @param patientIdsInFile      every patient_id written in patients.csv, valid row or not, so that a bad patient row is
 *                              reported once and not again as "unknown patient" on each of their findings
 * @param patientsOfRefusedRows the patient named by each refused row of medications.csv, administrations.csv and
 *                              findings.csv (when its patient_id is a valid MRN), to be checked against the database like
 *                              the valid rows
 * @param refusedOrders         the orders that refused rows of medications.csv would have been (where patient, drug, route
 *                              and start can be read), so that their administrations are not reported again as naming
 *                              no order
 */
record ExchangeContent(List<PatientLine> patients, List<OrderLine> orders, List<AdministrationLine> administrations,
                       List<FindingLine> findings, Set<String> patientIdsInFile, List<PatientReference> patientsOfRefusedRows,
                       Set<OrderStartKey> refusedOrders, List<ExchangeProblem> problems) {
    ExchangeContent {
        patients = List.copyOf(patients);
        orders = List.copyOf(orders);
        administrations = List.copyOf(administrations);
        refusedOrders = Set.copyOf(refusedOrders);
        findings = List.copyOf(findings);
        patientIdsInFile = Set.copyOf(patientIdsInFile);
        patientsOfRefusedRows = List.copyOf(patientsOfRefusedRows);
        problems = List.copyOf(problems);
    }

    /** The findings grouped into exams and observations, in file order. */
    Map<FindingLine.ExamKey, List<FindingLine>> exams() {
        Map<FindingLine.ExamKey, List<FindingLine>> exams = new LinkedHashMap<>();
        for (FindingLine f : findings) {
            exams.computeIfAbsent(f.examKey(), k -> new ArrayList<>()).add(f);
        }
        return exams;
    }
}
