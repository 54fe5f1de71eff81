package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.finding.CodedScale;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.NumericValue;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.regimen.DailyMmeResult;

/**
 * A synthetic two-year course, the same on every run (seeded, ids made from the seed): a daily full exam whose values
 * drift by one step now and then, sometimes marked as baseline or missing a finding, and observations every few
 * hours (sedation, delirium, hallucinations, hyperalgesia, allodynia, seizures, jerk counts, distribution, eGFR), with
 * a wandering daily MME that skips some days. Times carry different offsets, some exams share a moment, and the list
 * is handed over shuffled, so ordering, day boundaries (Europe/Berlin, across DST changes) and ties are all exercised.
 * Made to pin the flag rules' results before and after their rewrite for speed.
 */
final class LongCourse {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int DAYS = 730;
    static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

    private static final Set<FlagCode> SECTION_EIGHT = EnumSet.of(FlagCode.OPIOID_BENZODIAZEPINE,
            FlagCode.OPIOID_GABAPENTINOID, FlagCode.SEROTONERGIC_COMBINATION, FlagCode.HIGH_DAILY_MME, FlagCode.REVIEW_OVERDUE,
            FlagCode.NO_FUNCTIONAL_BENEFIT, FlagCode.OPIOID_BEFORE_FIRST_LINE);

    final List<Exam> exams = new ArrayList<>();
    final Map<LocalDate, DailyMmeResult> mme = new TreeMap<>();
    private final Random random = new Random(20261123L);
    private final Map<FindingKey, Integer> level = new HashMap<>();
    private long nextId;

    LongCourse() {
        List<FindingCode> examCodes = List.of(FindingCode.values()).stream()
                .filter(c -> c.scale() instanceof CodedScale<?> && !isObservation(c))
                // The pinned file predates the pain and review codes (section 8): the course keeps to what it was made of.
                .filter(c -> c.section() != Section.PAIN
                        && c.section() != Section.REVIEW).toList();
        double dose = 30;
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            List<Finding> full = new ArrayList<>();
            for (FindingCode code : examCodes) {
                for (Side side : code.sided() ? Side.values() : new Side[] {null}) {
                    if (random.nextInt(12) == 0) {
                        continue; // not examined today
                    }
                    full.add(new Finding(code, side, drift(code, side)));
                }
            }
            if (!full.isEmpty()) {
                add(day, LocalTime.of(8 + random.nextInt(4), random.nextInt(60)), full, random.nextInt(150) == 0);
            }
            for (int hour = 2; hour < 24; hour += 4 + random.nextInt(3)) {
                List<Finding> obs = observation(d);
                if (!obs.isEmpty()) {
                    Exam e = add(day, LocalTime.of(hour, random.nextInt(4) * 15), obs, false);
                    if (random.nextInt(40) == 0) {
                        // a second observation at the very same moment: equal times keep their order
                        exams.add(new Exam(id(), e.patientId(), e.kind(), e.recordedAt(), Ward.NURSE, observation(d), "", false, null));
                    }
                }
            }
            if (random.nextInt(25) != 0) {
                dose = Math.max(0, dose + (random.nextInt(7) - 3) * 5);
                mme.put(day, new DailyMmeResult(day, BigDecimal.valueOf(dose), List.of(), List.of()));
            }
        }
        Collections.shuffle(exams, random);
    }

    /** The observation's items (OIN, myoclonus, laboratory): left out of the daily full exam. */
    private static boolean isObservation(FindingCode c) {
        return c.section() == FindingCode.SEDATION_POSS.section() || c.section() == FindingCode.JERK_COUNT.section()
                || c.section() == FindingCode.EGFR.section();
    }

    private FindingValue drift(FindingCode code, Side side) {
        List<? extends FindingValue> values = ((CodedScale<?>) code.scale()).values();
        FindingKey key = FindingKey.of(code, side);
        int at = level.getOrDefault(key, values.size() - 1);
        int step = random.nextInt(30);
        at = step == 0 ? Math.max(0, at - 1) : step == 1 ? Math.min(values.size() - 1, at + 1) : step == 2 ? random.nextInt(values.size()) : at;
        level.put(key, at);
        return values.get(at);
    }

    private List<Finding> observation(int day) {
        List<Finding> obs = new ArrayList<>();
        for (FindingCode code : List.of(FindingCode.SEDATION_POSS, FindingCode.DELIRIUM_CAM, FindingCode.HALLUCINATIONS,
                FindingCode.HYPERALGESIA, FindingCode.ALLODYNIA, FindingCode.SEIZURE, FindingCode.DISTRIBUTION)) {
            if (random.nextInt(3) != 0) {
                List<? extends FindingValue> values = ((CodedScale<?>) code.scale()).values();
                // mostly the first (unremarkable) value, now and then any
                obs.add(Finding.unsided(code, random.nextInt(8) == 0 ? values.get(random.nextInt(values.size())) : values.get(0)));
            }
        }
        if (random.nextInt(2) == 0) {
            int jerks = random.nextInt(5) == 0 ? random.nextInt(40) : 0;
            obs.add(Finding.unsided(FindingCode.JERK_COUNT, NumericValue.of(jerks + (day % 97 == 0 ? 50 : 0))));
            obs.add(Finding.unsided(FindingCode.WINDOW_MINUTES, NumericValue.of(5 + random.nextInt(4) * 5)));
        }
        if (random.nextInt(30) == 0) {
            obs.add(Finding.unsided(FindingCode.EGFR, NumericValue.of(15 + random.nextInt(80))));
        }
        return obs;
    }

    private Exam add(LocalDate day, LocalTime time, List<Finding> findings, boolean baseline) {
        // Written with the zone's offset of that moment, or now and then UTC: the same instants in other words.
        OffsetDateTime at = day.atTime(time).atZone(ZONE).toOffsetDateTime();
        if (random.nextInt(10) == 0) {
            at = at.withOffsetSameInstant(ZoneOffset.UTC);
        }
        ExamKind kind = ExamKind.of(findings);
        Exam e = new Exam(id(), Ward.PATIENT, kind, at, kind == ExamKind.EXAM ? Ward.NEUROLOGIST : Ward.NURSE, findings, "", baseline, null);
        exams.add(e);
        return e;
    }

    private ExamId id() {
        return new ExamId(new UUID(0x1C0_2026L, nextId++));
    }

    /** The flags of the standard engine, one per line, as the pinned file holds them. */
    /** The flags of the section 7 rules, which the pinned file holds (the section 8 rules came after it). */
    List<String> flagLines() {
        return FlagEngine.standard(ZONE).run(Ward.PATIENT, exams, List.of(), mme).stream().filter(f -> !SECTION_EIGHT.contains(f.code()))
                .map(Flag::toString).toList();
    }
}
