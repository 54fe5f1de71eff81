package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamTimeOrder;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.score.ScoreResult;

/**
 * What the neurologist weighs at an opioid review (clinical reference section 8): the PEG now against the PEG before
 * the opioid started or last escalated, and how distal strength (distal motor score, BedsideNeuro's own) and
 * myoclonus (jerk rate) changed since then. Each line names the records it compares; a missing record is said, never
 * guessed.
 *
 * @param since what "before" means: "before tramadol started on 2026-01-10", or empty without a start or escalation
 * @param lines one line each for the PEG, the distal motor score and the jerk rate
 */
public record ReviewComparison(String since, List<String> lines, ReviewSchedule schedule) {
    public ReviewComparison {
        lines = List.copyOf(lines);
    }

    public static ReviewComparison of(Collection<Exam> currentExams, Collection<MedicationOrder> orders,
                                      Function<MedicationOrder, Optional<BigDecimal>> fullDailyMme, ZoneId zone, Instant now) {
        List<Exam> exams = ExamTimeOrder.byTime(currentExams.stream().filter(e -> !e.recordedAt().toInstant().isAfter(now)).toList());
        List<Instant> reviews = exams.stream().filter(Exam::isOpioidReview).map(e -> e.recordedAt().toInstant()).toList();
        ReviewSchedule schedule = ReviewSchedule.of(orders, reviews, fullDailyMme, zone, now);
        Optional<ReviewSchedule.Trigger> reference = schedule.latestTriggerAtOrBefore(now);
        if (reference.isEmpty()) {
            return new ReviewComparison("", List.of("No opioid start or escalation recorded: nothing to compare with."), schedule);
        }
        Instant at = reference.get().at();
        String since = "before " + reference.get().describe(zone);
        List<String> lines = new ArrayList<>();
        lines.add(peg(exams, at, zone));
        lines.add(distal(exams, at, zone));
        lines.add(jerks(exams, at, zone));
        return new ReviewComparison(since, lines, schedule);
    }

    /** One paragraph: "Since: ..." and the lines. */
    public String text() {
        return (since.isEmpty() ? "" : "Compared with " + since + ":\n") + String.join("\n", lines);
    }

    private static String peg(List<Exam> exams, Instant at, ZoneId zone) {
        Optional<Exam> before = latest(exams, e -> PegScore.of(e.findings()).computable() && e.recordedAt().toInstant().isBefore(at));
        Optional<Exam> now = latest(exams, e -> PegScore.of(e.findings()).computable() && !e.recordedAt().toInstant().isBefore(at));
        if (before.isEmpty()) {
            return "PEG: none recorded before; " + now.map(e -> "now " + PegScore.of(e.findings()).oneDecimal() + " (" + day(e, zone) + ")")
                    .orElse("none since either") + ". Without a PEG before, benefit cannot be judged.";
        }
        PegScore then = PegScore.of(before.get().findings());
        if (now.isEmpty()) {
            return "PEG: " + then.oneDecimal() + " before (" + day(before.get(), zone) + "); none since: record it in this review.";
        }
        PegScore current = PegScore.of(now.get().findings());
        BigDecimal change = BigDecimal.valueOf(then.sum().getAsInt() - current.sum().getAsInt()).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
        return "PEG: " + then.oneDecimal() + " before (" + day(before.get(), zone) + "), " + current.oneDecimal() + " now (" + day(now.get(), zone)
                + "): " + (current.improvedByAtLeastMidFrom(then) ? "better by " + change.toPlainString() + ", at least the 1 point that counts"
                : "not 1 point better (" + (change.signum() >= 0 ? "better by " + change.toPlainString() : "worse by " + change.negate().toPlainString())
                + "; 1 point = MID, Reed 2024)") + ".";
    }

    private static String distal(List<Exam> exams, Instant at, ZoneId zone) {
        Optional<Exam> before = latest(exams, e -> DistalMotorScore.of(e).computable() && e.recordedAt().toInstant().isBefore(at));
        Optional<Exam> now = latest(exams, e -> DistalMotorScore.of(e).computable() && !e.recordedAt().toInstant().isBefore(at));
        String label = "Distal motor score (0-70, BedsideNeuro's own)";
        if (before.isEmpty() || now.isEmpty()) {
            return label + ": " + (before.isEmpty() ? "no complete score before" : "no complete score since") + ".";
        }
        int then = score(before.get());
        int current = score(now.get());
        return label + ": " + then + " before (" + day(before.get(), zone) + "), " + current + " now (" + day(now.get(), zone) + "), "
                + (current == then ? "unchanged" : (current < then ? "" : "+") + (current - then)) + ".";
    }

    private static String jerks(List<Exam> exams, Instant at, ZoneId zone) {
        Optional<Exam> before = latest(exams, e -> JerkRate.of(e).isPresent() && e.recordedAt().toInstant().isBefore(at));
        Optional<Exam> now = latest(exams, e -> JerkRate.of(e).isPresent() && !e.recordedAt().toInstant().isBefore(at));
        if (before.isEmpty() && now.isEmpty()) {
            return "Myoclonus: no jerk count recorded.";
        }
        return "Myoclonus (jerks/h): " + before.map(e -> rate(e) + " before (" + day(e, zone) + ")").orElse("none counted before")
                + ", " + now.map(e -> rate(e) + " now (" + day(e, zone) + ")").orElse("none counted since") + ".";
    }

    private static int score(Exam exam) {
        ScoreResult r = DistalMotorScore.of(exam);
        return r.value().getAsInt();
    }

    private static String rate(Exam e) {
        return JerkRate.of(e).orElseThrow().toPlainString();
    }

    private static LocalDate day(Exam e, ZoneId zone) {
        return e.recordedAt().atZoneSameInstant(zone).toLocalDate();
    }

    private static Optional<Exam> latest(List<Exam> exams, Predicate<Exam> which) {
        for (int i = exams.size() - 1; i >= 0; i--) {
            if (which.test(exams.get(i))) {
                return Optional.of(exams.get(i));
            }
        }
        return Optional.empty();
    }
}
