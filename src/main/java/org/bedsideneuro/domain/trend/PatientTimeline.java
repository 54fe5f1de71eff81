package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamTimeOrder;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.MedicationOrder;

/**
 * What the flag rules read for one patient: the current exam versions sorted by time, the medication orders, the
 * daily MME series, and the time zone that defines calendar days. A day missing from the MME series is unknown, and
 * a rule that needs it does not hold that day.
 * <p>
 * Immutable. The exams recording each finding are indexed once, on first use: the rules ask for them finding by
 * finding, and scanning a five-year record for each question took seconds (issue #9).
 */
public final class PatientTimeline {
    private final PatientId patient;
    private final List<Exam> exams;
    private final List<MedicationOrder> orders;
    private final NavigableMap<LocalDate, DailyMmeResult> mme;
    private final ZoneId zone;
    private Map<FindingKey, List<Exam>> recording;

    public PatientTimeline(PatientId patient, List<Exam> exams, List<MedicationOrder> orders,
                           NavigableMap<LocalDate, DailyMmeResult> mme, ZoneId zone) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.zone = Objects.requireNonNull(zone, "time zone");
        this.exams = ExamTimeOrder.byTime(exams.stream().filter(e -> e.patientId().equals(patient)).toList());
        this.orders = orders.stream().filter(o -> o.patientId().equals(patient)).toList();
        this.mme = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(mme));
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
    public List<Exam> examsRecording(FindingKey key) {
        if (recording == null) {
            Map<FindingKey, List<Exam>> index = new HashMap<>();
            for (Exam e : exams) {
                for (Finding f : e.findings()) {
                    index.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(e);
                }
            }
            index.replaceAll((k, list) -> List.copyOf(list));
            recording = index;
        }
        return recording.getOrDefault(key, List.of());
    }

    /**
     * The baseline exam for {@code key} (reference section 7): the latest exam marked as baseline that records it,
     * otherwise the first exam that records it.
     */
    public Optional<Exam> baselineFor(FindingKey key) {
        List<Exam> recording = examsRecording(key);
        for (int i = recording.size() - 1; i >= 0; i--) {
            if (recording.get(i).baseline()) {
                return Optional.of(recording.get(i));
            }
        }
        return recording.stream().findFirst();
    }

    /** Exams after the baseline exam that record {@code key}, in time order. */
    public List<Exam> examsAfterBaseline(FindingKey key) {
        Optional<Exam> baseline = baselineFor(key);
        if (baseline.isEmpty()) {
            return List.of();
        }
        List<Exam> recording = examsRecording(key);
        return recording.subList(recording.indexOf(baseline.get()) + 1, recording.size());
    }
}
