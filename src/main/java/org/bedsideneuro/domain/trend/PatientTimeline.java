package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamTimeOrder;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * What the flag rules read for one patient: the current exam versions sorted by time, the medication orders, the
 * daily MME series, and the time zone that defines calendar days. A day missing from the MME series is unknown, and
 * a rule that needs it does not hold that day.
 * <p>
 * Immutable (its indexes are built on first use). The rules read it by position where they can ({@link #dateAt},
 * {@link #instantAt}, {@link #positionsRecording}): a five-year record is 12,800 exams and 300,000 checks.
 */
public final class PatientTimeline {
    private static final int SLOTS_PER_CODE = 3; // no side, left, right
    private final PatientId patient;
    private final List<Exam> exams;
    private final List<MedicationOrder> orders;
    private final NavigableMap<LocalDate, DailyMmeResult> mme;
    private final ZoneId zone;
    /**
     * The moment and calendar day of {@code exams.get(i)}, computed once: the rules ask for them at every check, and
     * a zone conversion per question was a large part of a five-year course.
     */
    private final Instant[] instants;
    private final LocalDate[] dates;
    /** Per finding code and side, the positions in {@link #exams} of the exams recording it; built on first use. */
    private int[][] recording;
    private List<Exam>[] recordingLists;

    public PatientTimeline(PatientId patient, List<Exam> exams, List<MedicationOrder> orders,
                           NavigableMap<LocalDate, DailyMmeResult> mme, ZoneId zone) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.zone = Objects.requireNonNull(zone, "time zone");
        this.exams = ExamTimeOrder.byTime(exams.stream().filter(e -> e.patientId().equals(patient)).toList());
        this.orders = orders.stream().filter(o -> o.patientId().equals(patient)).toList();
        int n = this.exams.size();
        this.instants = new Instant[n];
        this.dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            OffsetDateTime at = this.exams.get(i).recordedAt();
            instants[i] = at.toInstant();
            dates[i] = at.atZoneSameInstant(zone).toLocalDate();
        }
        this.mme = Collections.unmodifiableNavigableMap(new TreeMap<>(mme));
    }

    public PatientId patient() { return patient; }
    public List<Exam> exams() { return exams; }
    public List<MedicationOrder> orders() { return orders; }
    public NavigableMap<LocalDate, DailyMmeResult> mme() { return mme; }
    public ZoneId zone() { return zone; }

    public static PatientTimeline of(PatientId patient, List<Exam> exams, List<MedicationOrder> orders,
                                     Map<LocalDate, DailyMmeResult> mme, ZoneId zone) {
        return new PatientTimeline(patient, exams, orders, new TreeMap<>(mme), zone);
    }

    public LocalDate dateOf(Exam exam) {
        return exam.recordedAt().atZoneSameInstant(zone).toLocalDate();
    }

    /** The calendar day of {@code exams().get(i)}: {@code dateOf(exams().get(i))}, without converting again. */
    public LocalDate dateAt(int i) {
        return dates[i];
    }

    /** The moment {@code exams().get(i)} was recorded: {@code exams().get(i).recordedAt().toInstant()}, without converting again. */
    public Instant instantAt(int i) {
        return instants[i];
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The daily MME of {@code day}, when the series covers it. */
    public Optional<BigDecimal> mmeOn(LocalDate day) {
        return Optional.ofNullable(mme.get(day)).map(DailyMmeResult::mme);
    }

    /** Exams that record {@code key}, in time order. */
    @SuppressWarnings("unchecked")
    public List<Exam> examsRecording(FindingKey key) {
        int slot = slot(key);
        int[] at = positionsRecording(key);
        if (recordingLists == null) {
            recordingLists = new List[recording.length];
        }
        if (recordingLists[slot] == null) {
            List<Exam> list = new ArrayList<>(at.length);
            for (int i : at) {
                list.add(exams.get(i));
            }
            recordingLists[slot] = List.copyOf(list);
        }
        return recordingLists[slot];
    }

    /**
     * The positions in {@link #exams()} of the exams that record {@code key}, in time order (the same exams as
     * {@link #examsRecording}). Indexed once for all keys, by array slot rather than by hashing a key per finding:
     * the rules ask finding by finding, and scanning a five-year record for each question took seconds.
     */
    int[] positionsRecording(FindingKey key) {
        if (recording == null) {
            int slots = FindingCode.values().length * SLOTS_PER_CODE;
            int[] counts = new int[slots];
            for (Exam e : exams) {
                for (Finding f : e.findings()) {
                    counts[slot(f.code(), f.side())]++;
                }
            }
            int[][] index = new int[slots][];
            for (int s = 0; s < slots; s++) {
                index[s] = new int[counts[s]];
                counts[s] = 0;
            }
            for (int i = 0; i < exams.size(); i++) {
                for (Finding f : exams.get(i).findings()) {
                    int s = slot(f.code(), f.side());
                    index[s][counts[s]++] = i;
                }
            }
            recording = index;
        }
        return recording[slot(key)];
    }

    private static int slot(FindingKey key) {
        return slot(key.code(), key.side());
    }

    private static int slot(FindingCode code, Side side) {
        return code.ordinal() * SLOTS_PER_CODE + (side == null ? 0 : 1 + side.ordinal());
    }

    /**
     * The baseline exam for {@code key} (reference section 7): the latest exam marked as baseline that records it,
     * otherwise the first exam that records it.
     */
    public Optional<Exam> baselineFor(FindingKey key) {
        int i = baselineIndex(key);
        return i < 0 ? Optional.empty() : Optional.of(examsRecording(key).get(i));
    }

    /** Exams after the baseline exam that record {@code key}, in time order. */
    public List<Exam> examsAfterBaseline(FindingKey key) {
        int i = baselineIndex(key);
        if (i < 0) {
            return List.of();
        }
        List<Exam> recording = examsRecording(key);
        return recording.subList(i + 1, recording.size());
    }

    /** The position of the baseline exam in {@link #examsRecording}, or -1 when nothing records {@code key}. */
    int baselineIndex(FindingKey key) {
        int[] at = positionsRecording(key);
        for (int i = at.length - 1; i >= 0; i--) {
            if (exams.get(at[i]).baseline()) {
                return i;
            }
        }
        return at.length == 0 ? -1 : 0;
    }
}
