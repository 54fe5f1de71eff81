package org.bedsideneuro.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Identifier;

/**
 * FHIR R4 export of one patient: {@link #export} builds a Bundle of type collection, {@link #toJson}
 * serialises it. What is in it and why: see the package documentation and each *Resources class.
 */
public final class FhirExporter {
    public static final String TEST_DATA_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
    public static final String TEST_DATA_CODE = "HTEST";

    private FhirExporter() {
    }

    /** HAPI's R4 context: costly to build, safe to share, so one per JVM. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** The exams, orders and flags of the period: false when it holds none of them (an export would say nothing). */
    public static boolean hasData(PatientCourse course, LocalDate from, LocalDate to) {
        return !course.examsBetween(from, to).isEmpty() || !ordersBetween(course, from, to).isEmpty()
                || !course.flagsBetween(from, to).isEmpty();
    }

    public static Bundle export(FhirExportRequest request) {
        PatientCourse course = request.course();
        Patient patient = course.patient();
        LocalDate from = request.from();
        LocalDate to = request.to();
        BundleEntries entries = new BundleEntries();
        Bundle bundle = entries.bundle;
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
                .setValue(BundleEntries.urn("export:" + patient.id().value() + "/" + from + "/" + to + "/" + request.exportedAt())));
        bundle.setTimestamp(Date.from(request.exportedAt()));

        String patientUrl = PeopleResources.patient(entries, patient);
        PeopleResources.encounter(entries, patient, patientUrl);
        for (CodeSystem cs : LocalCodeSystems.all()) {
            entries.add(BundleEntries.urn("code-system:" + cs.getUrl()), cs);
        }
        ExamResources exams = new ExamResources(entries, patient, patientUrl);
        List<Exam> examsInPeriod = course.examsBetween(from, to);
        examsInPeriod.forEach(exams::add);
        RegimenResources regimen = new RegimenResources(entries, patient, patientUrl);
        ordersBetween(course, from, to).forEach(o -> regimen.add(o, request.exportedAt()));
        addAdministrations(entries, course, from, to, new AdministrationResources(entries, patient, patientUrl, regimen));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            regimen.addDailyMme(course.mmeOn(day), course.zone());
        }
        for (Flag flag : course.flagsBetween(from, to)) {
            FlagResources.add(entries, patient, patientUrl, flag, exams, regimen);
        }
        for (Exam exam : examsInPeriod) {
            if (exam.amendment() != null) {
                AmendmentResources.add(entries, exam, request.history(), exams);
            }
            for (Signature signature : request.signatures().getOrDefault(exam.id(), List.of())) {
                SignatureResources.add(entries, exam, signature, exams);
            }
        }
        return bundle;
    }

    /** The standing administrations of the period (a pump reading: any part of its period), each under its order. */
    private static void addAdministrations(BundleEntries entries, PatientCourse course, LocalDate from, LocalDate to,
                                           AdministrationResources administrations) {
        Instant start = from.atStartOfDay(course.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(course.zone()).toInstant();
        Map<OrderId, MedicationOrder> orders = course.orders().stream().collect(Collectors.toMap(MedicationOrder::id, o -> o));
        for (Administration a : course.administrations()) {
            MedicationOrder order = orders.get(a.orderId());
            if (order != null && AdministrationResources.within(a, start, end)) {
                administrations.add(a, order);
            }
        }
    }

    /** Orders that ran on at least one day of the period (days in the course's zone). */
    static List<MedicationOrder> ordersBetween(PatientCourse course, LocalDate from, LocalDate to) {
        ZoneId zone = course.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return course.orders().stream()
                .filter(o -> o.start().toInstant().isBefore(end) && (o.stop() == null || o.stop().toInstant().isAfter(start)))
                .toList();
    }

    /** Pretty-printed JSON, UTF-8 safe (names such as Łukasz Żółć are written as they are). */
    /**
     * Marks a Bundle of the demo ward's invented patients as test data: HL7's security label HTEST ("test health data",
     * v3 ActReason), which receiving systems use to keep test records out of real ones.
     */
    public static void markAsTestData(Bundle bundle) {
        bundle.getMeta().addSecurity(TEST_DATA_SYSTEM, TEST_DATA_CODE, "test health data");
    }

    public static String toJson(Bundle bundle) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    public static Bundle parse(String json) {
        return context().newJsonParser().parseResource(Bundle.class, json);
    }
}
