package org.bedsideneuro.domain.demo;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * A synthetic demo ward, "Neuro 4B": eleven fictional patients (MRNs DEMO-0001 to DEMO-0011), three clinicians, about five
 * months of exams, observations and orders up to the clock's instant, dated so that the ward list on the day it is
 * made shows what a ward round meets. Four stories:
 * {@link #OIN_STORY} (a) myoclonus after an opioid escalation with falling eGFR, settling after rotation and clonazepam;
 * {@link #NEUROPATHY_STORY} (b) progressive distal weakness, lost ankle reflexes and foot drop, with a new flag this week;
 * {@link #STABLE_STORY} (c) a stable patient;
 * {@link #RISING_MYOCLONUS_STORY} (d) a palliative patient on a subcutaneous morphine syringe driver whose myoclonus
 * appears as her breakthrough (PRN) doses climb, given clonazepam today; {@link #PCA_STORY} (e) a post-operative patient on a
 * PCA pump; {@link #PAINFUL_NEUROPATHY_STORY} (f) painful neuropathy where the opioid does not help and is tapered.
 * {@link #OBSERVATION_OVERDUE} has an overdue nurse observation; the others have light data. Same clock and seed, same
 * ward, same ids.
 */
public record DemoWard(List<Patient> patients, List<Clinician> clinicians, List<Exam> exams, List<MedicationOrder> orders,
                       List<Administration> administrations) {
    public static final String WARD = "Neuro 4B";
    public static final long DEFAULT_SEED = 4_2026L;
    public static final PatientId OIN_STORY = new PatientId("DEMO-0001");
    public static final PatientId NEUROPATHY_STORY = new PatientId("DEMO-0002");
    public static final PatientId STABLE_STORY = new PatientId("DEMO-0003");
    public static final PatientId RISING_MYOCLONUS_STORY = new PatientId("DEMO-0005");
    public static final PatientId PCA_STORY = new PatientId(PostOperativePcaStory.MRN);
    /** Story (f): painful neuropathy after two first-line trials, tramadol with sertraline, no functional benefit, a taper. */
    public static final PatientId PAINFUL_NEUROPATHY_STORY = new PatientId(PainfulNeuropathyStory.MRN);
    /** The patient whose nurse observation is overdue on the day the demo is made. */
    public static final PatientId OBSERVATION_OVERDUE = new PatientId(ThisShift.OVERDUE);

    public DemoWard {
        patients = List.copyOf(patients);
        clinicians = List.copyOf(clinicians);
        exams = List.copyOf(exams);
        orders = List.copyOf(orders);
        administrations = List.copyOf(administrations);
    }

    /** The demo ward ending at {@code clock.instant()}, days in {@code clock.getZone()}, with the default seed. */
    public static DemoWard generate(Clock clock) {
        return generate(clock, DEFAULT_SEED);
    }

    public static DemoWard generate(Clock clock, long seed) {
        Objects.requireNonNull(clock, "clock");
        DemoBuilder b = new DemoBuilder(clock, seed);
        Clinician neurologist = clinician(1, "Dr Demo Neurologist (fictional)", Role.NEUROLOGIST);
        Clinician otherNeurologist = clinician(2, "Dr Sample Neurologist (fictional)", Role.NEUROLOGIST);
        Clinician nurse = clinician(3, "Nurse Demo (fictional)", Role.NURSE);
        MyoclonusStory.build(b, otherNeurologist, nurse);
        NeuropathyStory.build(b, neurologist, otherNeurologist);
        StableStory.build(b, neurologist, nurse);
        LightPatients.build(b, neurologist, nurse);
        RisingMyoclonusStory.build(b, otherNeurologist, nurse);
        ThisShift.build(b, nurse);
        PostOperativePcaStory.build(b, neurologist, nurse);
        PainfulNeuropathyStory.build(b, otherNeurologist, nurse);
        return new DemoWard(b.patients, List.of(neurologist, otherNeurologist, nurse), b.exams, b.orders, b.administrations);
    }

    private static Clinician clinician(int n, String name, Role role) {
        return new Clinician(new ClinicianId(DemoBuilder.uuid("clinician:" + n)), name, role);
    }

    public List<Exam> examsOf(PatientId patient) {
        return exams.stream().filter(e -> e.patientId().equals(patient)).toList();
    }

    public List<MedicationOrder> ordersOf(PatientId patient) {
        return orders.stream().filter(o -> o.patientId().equals(patient)).toList();
    }

    public List<Administration> administrationsOf(PatientId patient) {
        return administrations.stream().filter(a -> a.patientId().equals(patient)).toList();
    }
}
