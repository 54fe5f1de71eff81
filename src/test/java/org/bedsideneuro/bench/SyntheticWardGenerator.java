package org.bedsideneuro.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.Administration;
import org.bedsideneuro.domain.regimen.AdministrationId;
import org.bedsideneuro.domain.regimen.AdministrationStatus;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.Indication;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.OrderKind;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.persistence.Database;

/**
 * Builds the benchmark's synthetic ward straight into a database, through the repositories, in a few large
 * transactions. The {@value #LONG_STAYERS} longest-staying patients have {@code days} days of daily full exams
 * (all strength, reflex, gait and sensory findings, 47 rows) and a nurse's observation every 4 hours; the others stay
 * 2 to 30 days with a daily exam and an observation every 8 hours. The long stays also have a PRN order with about
 * four doses given a day, and subcutaneous morphine runs as an infusion. Everyone has an opioid history: orders of 1 to 8
 * weeks, each a dose change or a rotation of the one before, plus an adjuvant now and then.
 * Every patient, name and value is invented. Same seed, same ward.
 */
final class SyntheticWardGenerator {
    static final int LONG_STAYERS = 20;
    /** Exams per transaction: large enough to amortise the commit, small enough to keep the WAL file modest. */
    private static final int EXAMS_PER_TRANSACTION = 20_000;
    private static final String[] FAMILY = {"Abbott", "Baker", "Castell", "Dunmore", "Everard", "Fairley", "Garrow", "Hallam",
            "Ingles", "Jarrow", "Kettering", "Lovell", "Marsden", "Norwood", "Oakley", "Penrose", "Quayle", "Radley", "Sutton",
            "Thorne", "Upton", "Varley", "Whitby", "Yardley", "Łukasiewicz", "Иванова", "Nakamura", "Okafor", "García", "Müller"};
    private static final String[] GIVEN = {"Ann", "Bill", "Cara", "Dev", "Elif", "Femi", "Greta", "Hugo", "Iris", "Jon",
            "Kemal", "Lena", "Mo", "Nia", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tariq"};
    private static final String[] WARDS = {"Neuro 4A", "Neuro 4B", "Palliative 2", "Oncology 7"};

    private final int patientCount;
    private final int days;
    private final long seed;
    private final ZoneId zone;
    private final LocalDate today;

    SyntheticWardGenerator(int patientCount, int days, long seed, Clock clock) {
        if (patientCount < 1 || days < 1) {
            throw new IllegalArgumentException("at least one patient and one day");
        }
        this.patientCount = patientCount;
        this.days = days;
        this.seed = seed;
        this.zone = clock.getZone();
        this.today = clock.instant().atZone(zone).toLocalDate();
    }

    /** What was generated: the patients, who recorded, and the patient with the longest record. */
    record Ward(List<Patient> patients, PatientId longest, PatientId shortStay, Clinician neurologist, Clinician nurse,
                long exams, long findings, long orders, double seconds) {
    }

    Ward generate(Database db) {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        List<Clinician> neurologists = new ArrayList<>();
        List<Clinician> nurses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            neurologists.add(Clinician.create("Dr Bench Neurologist " + i + " (fictional)", Role.NEUROLOGIST));
        }
        for (int i = 1; i <= 12; i++) {
            nurses.add(Clinician.create("Nurse Bench " + i + " (fictional)", Role.NURSE));
        }
        List<Patient> patients = new ArrayList<>();
        for (int i = 1; i <= patientCount; i++) {
            patients.add(new Patient(new PatientId(String.format("BENCH-%04d", i)), FAMILY[random.nextInt(FAMILY.length)] + (i % 7 == 0 ? "-Hart" : ""),
                    GIVEN[random.nextInt(GIVEN.length)], LocalDate.of(1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean() ? Sex.FEMALE : Sex.MALE, WARDS[i % WARDS.length], String.valueOf(1 + (i / WARDS.length) % 40)
                    + (i > 160 ? "B" : "")));
        }
        Clinician admin = neurologists.get(0);
        db.write(s -> {
            for (Clinician c : neurologists) {
                s.clinicians().ensure(c);
            }
            for (Clinician c : nurses) {
                s.clinicians().ensure(c);
            }
            for (Patient p : patients) {
                s.patients().add(p, admin);
            }
            return null;
        });

        List<Exam> pending = new ArrayList<>(EXAMS_PER_TRANSACTION + 100);
        List<MedicationOrder> orders = new ArrayList<>();
        List<Administration> doses = new ArrayList<>();
        long exams = 0;
        long findings = 0;
        long orderCount = 0;
        int longStayers = Math.min(LONG_STAYERS, patientCount);
        for (int i = 0; i < patients.size(); i++) {
            Patient p = patients.get(i);
            boolean longStay = i < longStayers;
            int stay = longStay ? days : Math.min(days, 2 + random.nextInt(29));
            int endDaysAgo = longStay ? 1 : 1 + random.nextInt(Math.max(1, days - stay + 1));
            LocalDate first = today.minusDays(endDaysAgo + stay - 1L);
            List<MedicationOrder> history = orderHistory(p.id(), first, stay, endDaysAgo == 1, random);
            if (longStay) {
                breakthrough(p.id(), first, stay, endDaysAgo == 1, nurses.get(0), history, doses, random);
            }
            orderCount += history.size();
            orders.addAll(history);
            Course course = new Course(random);
            int[] observationHours = longStay ? new int[] {2, 6, 10, 14, 18, 22} : new int[] {6, 14, 22};
            for (int d = 0; d < stay; d++) {
                LocalDate day = first.plusDays(d);
                course.nextDay(d, stay);
                Exam exam = Exam.record(p.id(), ExamKind.EXAM, at(day, 9, random.nextInt(50)), neurologists.get(random.nextInt(neurologists.size())),
                        course.fullExam(), "");
                pending.add(exam);
                findings += exam.findings().size();
                for (int hour : observationHours) {
                    Exam observation = Exam.record(p.id(), ExamKind.OBSERVATION, at(day, hour, random.nextInt(30)),
                            nurses.get(random.nextInt(nurses.size())), course.observation(), "");
                    pending.add(observation);
                    findings += observation.findings().size();
                }
                if (pending.size() >= EXAMS_PER_TRANSACTION) {
                    exams += flush(db, pending, orders, doses, admin);
                }
            }
        }
        exams += flush(db, pending, orders, doses, admin);
        return new Ward(List.copyOf(patients), patients.get(0).id(), patients.get(patients.size() - 1).id(), neurologists.get(0),
                nurses.get(0), exams, findings, orderCount, Stopwatch.millisSince(start) / 1000);
    }

    /**
     * The ward generated earlier into {@code db} with the same sizes and seed (--reuse): patients read back, counts
     * from the database's own check, the longest-staying patient first and a short stay last, as {@link #generate} makes them.
     */
    Ward reread(Database db) {
        List<Patient> patients = db.read(s -> s.patients().all()).stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
        List<Clinician> clinicians = db.read(s -> s.clinicians().all());
        Map<String, Long> counts = db.check().counts();
        return new Ward(patients, patients.get(0).id(), patients.get(patients.size() - 1).id(),
                clinicians.stream().filter(c -> c.displayName().equals("Dr Bench Neurologist 1 (fictional)")).findFirst().orElseThrow(),
                clinicians.stream().filter(c -> c.displayName().equals("Nurse Bench 1 (fictional)")).findFirst().orElseThrow(),
                counts.get("exam"), counts.get("finding"), counts.get("medication_order"), 0);
    }

    private static int flush(Database db, List<Exam> pending, List<MedicationOrder> orders,
                             List<Administration> doses, Clinician enteredBy) {
        int n = pending.size();
        db.write(s -> {
            for (MedicationOrder o : orders) {
                s.medications().add(o, enteredBy);
            }
            for (var dose : doses) {
                s.administrations().record(dose, dose.givenBy());
            }
            for (Exam e : pending) {
                s.exams().add(e, e.recordedBy());
            }
            return null;
        });
        pending.clear();
        orders.clear();
        doses.clear();
        return n;
    }

    /**
     * A long stay's breakthrough order (oxycodone 5 mg PRN, at most 6 a day) over the whole stay, and about four doses
     * given a day: what a ward's administration record holds and what the daily MME as given reads.
     */
    private void breakthrough(PatientId patient, LocalDate first, int stay, boolean stillHere, Clinician nurse, List<MedicationOrder> orders,
                              List<Administration> doses, SplittableRandom random) {
        OffsetDateTime start = at(first, 7, 0);
        MedicationOrder prn = new MedicationOrder(OrderId.random(), patient, "oxycodone", BigDecimal.valueOf(5), DoseUnit.MG, Route.ORAL,
                BigDecimal.valueOf(6), start, stillHere ? null : at(first.plusDays(stay), 7, 0), "breakthrough",
                OrderKind.PRN, Indication.CANCER_PAIN, null);
        orders.add(prn);
        for (int d = 0; d < stay; d++) {
            for (int hour : new int[] {8, 13, 18, 23}) {
                doses.add(new Administration(AdministrationId.random(),
                        prn.id(), patient, at(first.plusDays(d), hour, random.nextInt(50)), null, BigDecimal.valueOf(5), DoseUnit.MG,
                        AdministrationStatus.GIVEN, nurse, ""));
            }
        }
    }

    private OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    /** Opioid orders over the stay: each lasts 1 to 8 weeks and is followed by a dose change or a rotation. */
    private List<MedicationOrder> orderHistory(PatientId patient, LocalDate first, int stay, boolean stillHere, SplittableRandom random) {
        String[][] opioids = {{"morphine", "oral", "mg", "6"}, {"oxycodone", "oral", "mg", "4"}, {"hydromorphone", "oral", "mg", "6"},
                {"morphine", "sc", "mg", "6"}};
        List<MedicationOrder> list = new ArrayList<>();
        int day = 0;
        int drug = random.nextInt(opioids.length);
        int dose = 5 + random.nextInt(4) * 5;
        while (day < stay) {
            int length = 7 + random.nextInt(50);
            int end = day + length;
            String[] o = opioids[drug];
            OffsetDateTime start = at(first.plusDays(day), 8, 0);
            OffsetDateTime stop = end >= stay && stillHere ? null : at(first.plusDays(Math.min(end, stay)), 8, 0);
            if (stop != null && !stop.isAfter(start)) {
                stop = start.plusHours(12);
            }
            // Subcutaneous morphine runs as a syringe driver: a rate of a tenth of the dose an hour.
            list.add(o[1].equals("oral")
                    ? new MedicationOrder(OrderId.random(), patient, o[0], BigDecimal.valueOf(dose), DoseUnit.MG, Route.ORAL, new BigDecimal(o[3]),
                            start, stop, "")
                    : new MedicationOrder(OrderId.random(), patient, o[0], BigDecimal.valueOf(dose).movePointLeft(1), DoseUnit.MG_PER_HOUR, Route.SC,
                            null, start, stop, "", OrderKind.INFUSION,
                            Indication.PALLIATIVE, null));
            if (random.nextInt(5) == 0) {
                list.add(new MedicationOrder(OrderId.random(), patient, "gabapentin", BigDecimal.valueOf(300), DoseUnit.MG, Route.ORAL,
                        BigDecimal.valueOf(3), start, stop, "neuropathic pain"));
            }
            if (random.nextInt(3) == 0) {
                drug = random.nextInt(opioids.length); // rotation
            }
            dose = Math.max(5, Math.min(60, dose + (random.nextInt(3) - 1) * 5));
            day = end;
        }
        return list;
    }

    /**
     * One patient's findings day by day: normal at first, with a slow distal neuropathy on some patients and bursts
     * of myoclonus. Findings are immutable, so each day's list shares the unchanged ones with the day before.
     */
    private static final class Course {
        private final SplittableRandom random;
        private final boolean neuropathy;
        private final Map<FindingKey, Finding> exam = new LinkedHashMap<>();
        private int jerks;

        Course(SplittableRandom random) {
            this.random = random;
            this.neuropathy = random.nextInt(3) == 0;
            for (FindingCode muscle : FindingCode.inSection(Section.STRENGTH)) {
                both(muscle, "5");
            }
            for (FindingCode reflex : List.of(FindingCode.BICEPS_REFLEX, FindingCode.TRICEPS_REFLEX, FindingCode.BRACHIORADIALIS_REFLEX,
                    FindingCode.PATELLAR_REFLEX, FindingCode.ACHILLES_REFLEX)) {
                both(reflex, "2");
            }
            one(FindingCode.REFLEX_REINFORCEMENT, "no");
            both(FindingCode.PLANTAR_RESPONSE, "flexor");
            both(FindingCode.ANKLE_CLONUS_BEATS, "0");
            both(FindingCode.FOOT_DROP, "none");
            one(FindingCode.GAIT_PATTERN, "normal");
            one(FindingCode.HEEL_WALK, "normal");
            one(FindingCode.TOE_WALK, "normal");
            one(FindingCode.WALKING_AID, "none");
            both(FindingCode.VIBRATION_HALLUX_SECONDS, "12");
            both(FindingCode.PINPRICK_LEVEL, "none");
        }

        void nextDay(int day, int stay) {
            if (neuropathy && stay > 30) {
                double progress = (double) day / stay;
                both(FindingCode.ANKLE_DORSIFLEXION, progress > 0.8 ? "3" : progress > 0.5 ? "4" : progress > 0.3 ? "4+" : "5");
                both(FindingCode.ACHILLES_REFLEX, progress > 0.6 ? "0" : progress > 0.3 ? "1" : "2");
                both(FindingCode.FOOT_DROP, progress > 0.8 ? "partial" : "none");
                both(FindingCode.VIBRATION_HALLUX_SECONDS, String.valueOf(Math.max(0, 12 - (int) (progress * 12))));
                one(FindingCode.HEEL_WALK, progress > 0.5 ? "impaired" : "normal");
            }
            both(FindingCode.PATELLAR_REFLEX, random.nextInt(10) == 0 ? "3" : "2");
            jerks = random.nextInt(20) == 0 ? 2 + random.nextInt(10) : Math.max(0, jerks - 2);
        }

        List<Finding> fullExam() {
            return List.copyOf(exam.values());
        }

        List<Finding> observation() {
            int count = jerks > 0 ? jerks + random.nextInt(3) : 0;
            return List.of(parse(FindingCode.SEDATION_POSS, null, random.nextInt(8) == 0 ? "2" : "1"),
                    parse(FindingCode.DELIRIUM_CAM, null, "negative"),
                    parse(FindingCode.JERK_COUNT, null, String.valueOf(count)),
                    parse(FindingCode.WINDOW_MINUTES, null, "10"),
                    parse(FindingCode.DISTRIBUTION, null, count == 0 ? "none" : "multifocal"));
        }

        private void both(FindingCode code, String value) {
            Finding left = parse(code, Side.LEFT, value);
            Finding right = parse(code, Side.RIGHT, value);
            exam.put(left.key(), left);
            exam.put(right.key(), right);
        }

        private void one(FindingCode code, String value) {
            Finding f = parse(code, null, value);
            exam.put(f.key(), f);
        }

        private static Finding parse(FindingCode code, Side side, String value) {
            return new Finding(code, side, code.parseValue(value), "");
        }
    }
}
