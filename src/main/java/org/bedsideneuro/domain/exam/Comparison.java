package org.bedsideneuro.domain.exam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.FootDrop;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.PlantarResponse;
import org.bedsideneuro.domain.finding.ReflexGrade;

/**
 * What a value being recorded is compared with: its baseline and the last recorded value of the
 * same finding and side, and the worsening rules that mark a value at the bedside. Built from the patient's current
 * exam versions; an exam being amended is left out by the caller, so a value is never compared with itself.
 *
 * <p>Baseline follows shared/clinical-reference.md section 7: the latest exam marked as baseline that records the
 * finding, otherwise the first recorded value. These are the same words the flag rules use (trend.PatientTimeline);
 * the form only marks values, the flags stay the trend package's.
 */
public final class Comparison {
    /** Reference section 7, strength_asymmetry: "two or more full grades" between left and right. */
    public static final int ASYMMETRY_FULL_GRADES = 2;

    /** Oldest first. */
    private final List<Exam> exams;

    private Comparison(List<Exam> exams) {
        this.exams = exams;
    }

    /** From the patient's current exams and observations in any order; sorted here by time of the exam. */
    public static Comparison of(List<Exam> currentExams) {
        List<Exam> sorted = new ArrayList<>(currentExams);
        sorted.sort(Comparator.comparing((Exam e) -> e.recordedAt().toInstant()).thenComparing(e -> e.id().toString()));
        return new Comparison(List.copyOf(sorted));
    }

    public static Comparison none() {
        return new Comparison(List.of());
    }

    /** Exams oldest first, as compared. */
    public List<Exam> exams() {
        return exams;
    }

    /** The baseline value of this finding and side: the latest exam marked baseline recording it, else the first recorded. */
    public Optional<FindingValue> baseline(FindingKey key) {
        for (int i = exams.size() - 1; i >= 0; i--) {
            Exam exam = exams.get(i);
            if (exam.baseline() && exam.finding(key).isPresent()) {
                return exam.finding(key).map(f -> f.value());
            }
        }
        return exams.stream().filter(e -> e.finding(key).isPresent()).findFirst().flatMap(e -> e.finding(key)).map(f -> f.value());
    }

    /** The most recent recorded value of this finding and side. */
    public Optional<FindingValue> last(FindingKey key) {
        for (int i = exams.size() - 1; i >= 0; i--) {
            var finding = exams.get(i).finding(key);
            if (finding.isPresent()) {
                return Optional.of(finding.get().value());
            }
        }
        return Optional.empty();
    }

    /** The latest bedside exam (not a nurse's observation, not a nerve conduction study): what "Copy from last exam" starts from. */
    public Optional<Exam> lastExam() {
        for (int i = exams.size() - 1; i >= 0; i--) {
            if (exams.get(i).kind() == ExamKind.EXAM && !exams.get(i).isNerveConductionStudy()) {
                return Optional.of(exams.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when {@code now} is worse than {@code baseline} (or the last value) on a rule below. */
    public boolean worseThanBaseline(FindingKey key, FindingValue now) {
        return baseline(key).map(b -> worsened(b, now)).orElse(false);
    }

    public boolean worseThanLast(FindingKey key, FindingValue now) {
        return last(key).map(b -> worsened(b, now)).orElse(false);
    }

    /**
     * The worsening rules, from the reference's flags (section 7): a lower MRC full grade
     * (5 to 4+ counts, 4 to 4- does not), a lower reflex grade, a new foot drop (none to partial or complete, or
     * partial to complete), and a new extensor plantar response. Values of other scales are never marked.
     */
    public static boolean worsened(FindingValue before, FindingValue now) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(now, "now");
        if (before instanceof MrcGrade b && now instanceof MrcGrade n) {
            return n.fullGrade() < b.fullGrade();
        }
        if (before instanceof ReflexGrade b && now instanceof ReflexGrade n) {
            return n.rank() < b.rank();
        }
        if (before instanceof FootDrop b && now instanceof FootDrop n) {
            return n.rank() > b.rank();
        }
        if (before instanceof PlantarResponse b && now instanceof PlantarResponse n) {
            return n == PlantarResponse.EXTENSOR && b != PlantarResponse.EXTENSOR;
        }
        return false;
    }

    /** strength_asymmetry (reference section 7): left and right of one muscle differ by two or more full grades. */
    public static boolean asymmetric(MrcGrade left, MrcGrade right) {
        return Math.abs(left.fullGrade() - right.fullGrade()) >= ASYMMETRY_FULL_GRADES;
    }
}
