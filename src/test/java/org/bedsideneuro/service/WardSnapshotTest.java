package org.bedsideneuro.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.domain.finding.CamResult;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.PossLevel;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.finding.YesNo;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.patient.Sex;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.bedsideneuro.domain.trend.PatientCourse;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.persistence.RecordMark;
import org.bedsideneuro.testdb.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ward snapshot's shortcut: each observation status read from the recent exams it depends on equals the
 * status computed from the patient's whole course, on a synthetic ward built to hit the corners (ties, amendments and
 * withdrawals of the latest records, jerk counts without a window, warning items assessed long before the last
 * observation, stopped orders, patients without records). Synthetic data only.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class WardSnapshotTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void statusesFromTheRecentExamsEqualTheWholeCourseOnASyntheticWard() {
        db = backend.open(dir, "ward", clock);
        Clinician doctor = db.write(s -> s.clinicians().findOrCreate("Dr Syn Thetic (fictional)", Role.NEUROLOGIST));
        Random random = new Random(94);
        List<Patient> patients = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Patient p = new Patient(new PatientId("SYN-" + (100 + i)), "Invented", "Patient" + i, LocalDate.of(1950, 1, 1).plusDays(i),
                    Sex.UNKNOWN, "Neuro 3", String.valueOf(i + 1));
            patients.add(p);
            db.write(s -> {
                s.patients().add(p, doctor);
                return null;
            });
            fill(p, doctor, random, i);
        }
        db.write(s -> {
            s.patientSettings().setObservationSchedule(patients.get(3).id(), ObservationSchedule.everyMinutes(60), doctor);
            return null;
        });

        Map<PatientId, ObservationStatus> shortcut = db.read(s -> WardSnapshot.statuses(s, s.patients().all(), clock));
        int wholeWard = 0;
        for (Patient p : patients) {
            List<Exam> current = db.read(s -> s.exams().current(p.id()));
            List<MedicationOrder> orders = db.read(s -> s.medications().forPatient(p.id()));
            ObservationSchedule schedule = db.read(s -> s.patientSettings().observationSchedules()).getOrDefault(p.id(), ObservationSchedule.standard());
            PatientCourse course = PatientCourse.of(p, current, orders, MmeTable.standard(), clock.getZone(), LocalDate.now(clock));
            assertThat(shortcut.get(p.id())).as(p.id().value()).isEqualTo(ObservationStatus.of(course, schedule, NOW));
            wholeWard += current.size();
        }
        // The corners are there, and the shortcut really reads less than the ward.
        assertThat(shortcut.values()).anySatisfy(st -> assertThat(st.warnings()).isNotEmpty());
        assertThat(shortcut.values()).anySatisfy(st -> assertThat(st.direction()).isNotNull());
        assertThat(shortcut.values()).anySatisfy(st -> assertThat(st.lastObserved()).isNull());
        int read = db.read(s -> s.exams().currentSinceLatest(ObservationStatus.EVIDENCE)).values().stream().mapToInt(List::size).sum();
        assertThat(read).isPositive().isLessThan(wholeWard / 2);
    }

    @Test
    void recordMarksChangeWithEveryKindOfWriteToARecord() {
        db = backend.open(dir, "marks", clock);
        Clinician doctor = db.write(s -> s.clinicians().findOrCreate("Dr Syn Thetic (fictional)", Role.NEUROLOGIST));
        Patient p = new Patient(new PatientId("SYN-900"), "Invented", "Mark", LocalDate.of(1960, 1, 1), Sex.UNKNOWN, "Neuro 3", "9");
        db.write(s -> {
            s.patients().add(p, doctor);
            return null;
        });
        List<RecordMark> marks = new ArrayList<>();
        marks.add(mark(p));
        Exam exam = save(p, doctor, NOW.minus(2, ChronoUnit.HOURS), List.of(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.AWAKE)));
        marks.add(mark(p));
        Exam amended = exam.amend(List.of(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.SOMNOLENT)), "", doctor, NOW, "typo");
        db.write(s -> {
            s.exams().amend(amended);
            return null;
        });
        marks.add(mark(p));
        db.write(s -> {
            s.exams().voidExam(amended.id(), doctor, "wrong patient");
            return null;
        });
        marks.add(mark(p));
        MedicationOrder order = order(p, NOW.minus(3, ChronoUnit.DAYS), null);
        db.write(s -> {
            s.medications().add(order, doctor);
            return null;
        });
        marks.add(mark(p));
        db.write(s -> {
            s.medications().stop(order.id(), OffsetDateTime.ofInstant(NOW.minus(1, ChronoUnit.HOURS), clock.getZone()), doctor);
            return null;
        });
        marks.add(mark(p));
        assertThat(marks).doesNotHaveDuplicates();
        assertThat(mark(p)).isEqualTo(marks.get(marks.size() - 1));
    }

    private RecordMark mark(Patient p) {
        return db.read(s -> s.patients().recordMarks()).get(p.id());
    }

    /** Records of one invented patient: the kind of story depends on {@code i}, the details on {@code random}. */
    private void fill(Patient p, Clinician by, Random random, int i) {
        if (i % 4 != 1) {
            Instant start = NOW.minus(20 + random.nextInt(40), ChronoUnit.DAYS);
            Instant stop = random.nextBoolean() ? null : NOW.minus(random.nextInt(15), ChronoUnit.DAYS);
            db.write(s -> {
                s.medications().add(order(p, start, stop), by);
                return null;
            });
        }
        if (i % 6 == 0) {
            return; // no exam at all
        }
        int count = 5 + random.nextInt(30);
        // Some stories stopped long ago, some go on to now.
        Instant last = i % 5 == 2 ? NOW.minus(30 + random.nextInt(20), ChronoUnit.DAYS) : NOW.minus(random.nextInt(300), ChronoUnit.MINUTES);
        Instant at = last.minus(count * 4L, ChronoUnit.HOURS);
        List<Exam> saved = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            if (n == 0 || random.nextInt(8) != 0) { // otherwise a tie: a second record at the same minute
                at = at.plus(1 + random.nextInt(8 * 60), ChronoUnit.MINUTES);
            }
            Instant when = at.isAfter(NOW) ? NOW : at;
            // Early in the story the warning items and POSS; late, for some, jerk counts alone.
            boolean late = n > count * 2 / 3 && i % 3 == 0;
            saved.add(save(p, by, when, findings(random, late)));
        }
        // The latest records amended or withdrawn now and then.
        for (int k = saved.size() - 1; k >= Math.max(0, saved.size() - 4); k--) {
            Exam e = saved.get(k);
            int what = random.nextInt(4);
            if (what == 0) {
                Exam amended = e.amend(findings(random, false), "", by, NOW, "corrected count");
                db.write(s -> {
                    s.exams().amend(amended);
                    return null;
                });
            } else if (what == 1) {
                db.write(s -> {
                    s.exams().voidExam(e.id(), by, "entered for the wrong patient");
                    return null;
                });
            }
        }
    }

    private static List<Finding> findings(Random random, boolean jerksOnly) {
        List<Finding> f = new ArrayList<>();
        int jerks = random.nextInt(5);
        if (jerks > 0) {
            f.add(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(random.nextInt(20))));
            if (jerks > 1) {
                f.add(Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5 + random.nextInt(3) * 5)));
            }
        }
        if (!jerksOnly) {
            if (random.nextInt(3) == 0) {
                f.add(Finding.unsided(FindingCode.HALLUCINATIONS, random.nextInt(3) == 0 ? YesNo.YES : YesNo.NO));
            }
            if (random.nextInt(4) == 0) {
                f.add(Finding.unsided(FindingCode.DELIRIUM_CAM, random.nextBoolean() ? CamResult.POSITIVE : CamResult.NEGATIVE));
            }
            if (random.nextInt(3) == 0) {
                f.add(Finding.unsided(FindingCode.SEDATION_POSS, PossLevel.values()[random.nextInt(PossLevel.values().length)]));
            }
            if (random.nextInt(4) == 0) {
                f.add(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.LEFT, MrcGrade.values()[random.nextInt(MrcGrade.values().length)], ""));
            }
        }
        if (f.isEmpty()) {
            f.add(new Finding(FindingCode.ANKLE_DORSIFLEXION, Side.RIGHT, MrcGrade.FOUR, ""));
        }
        return f;
    }

    private Exam save(Patient p, Clinician by, Instant at, List<Finding> findings) {
        Exam exam = Exam.record(p.id(), ExamKind.EXAM, OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), clock.getZone()), by, findings, "");
        db.write(s -> {
            s.exams().add(exam, by);
            return null;
        });
        return exam;
    }

    private MedicationOrder order(Patient p, Instant start, Instant stop) {
        return new MedicationOrder(OrderId.random(), p.id(), "morphine", new BigDecimal("10"), DoseUnit.MG, Route.ORAL, new BigDecimal("4"),
                OffsetDateTime.ofInstant(start, clock.getZone()), stop == null ? null : OffsetDateTime.ofInstant(stop, clock.getZone()), "");
    }
}
