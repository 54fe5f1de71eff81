package org.bedsideneuro.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.regimen.FirstLineHistory;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.PegScore;
import org.bedsideneuro.domain.trend.PatientCourse;

/**
 * The summary's "Benefit and harm" section (clinical reference section 8): each complete PEG of the period beside that
 * day's daily MME and the latest distal motor score, the first-line history, the last opioid review with its decision,
 * and when the next one is due.
 */
final class BenefitAndHarmBuilder {
    private final ZoneId zone;
    private final MmeTable table;

    BenefitAndHarmBuilder(ZoneId zone, MmeTable table) {
        this.zone = zone;
        this.table = table;
    }

    ProgressSummary.BenefitAndHarm build(PatientCourse course, LocalDate from, LocalDate to, Instant now) {
        List<String> rows = new ArrayList<>();
        Optional<Integer> distal = Optional.empty();
        LocalDate distalDay = null;
        for (Exam e : course.exams()) {
            LocalDate day = course.dayOf(e);
            if (day.isAfter(to)) {
                break;
            }
            if (DistalMotorScore.of(e).computable()) {
                distal = Optional.of(DistalMotorScore.of(e).value().getAsInt());
                distalDay = day;
            }
            PegScore peg = PegScore.of(e.findings());
            if (peg.computable() && !day.isBefore(from)) {
                String mme = course.mmeOn(day).mme().stripTrailingZeros().toPlainString();
                rows.add(day + ": PEG " + peg.oneDecimal() + ", daily MME " + mme
                        + e.value(FindingCode.REVIEW_FUNCTION).map(f -> ", function " + f.label().toLowerCase(Locale.ROOT)).orElse("")
                        + (distal.isPresent() ? ", distal motor score " + distal.get() + " (" + distalDay + ")" : ""));
            }
        }
        List<String> firstLine = FirstLineHistory.of(course.orders(), now).agents().stream().map(FirstLineHistory.Agent::describe).toList();
        List<Exam> reviews = course.exams().stream().filter(Exam::isOpioidReview).filter(e -> !course.dayOf(e).isAfter(to)).toList();
        String lastReview = reviews.isEmpty() ? "No opioid review recorded." : describe(reviews.get(reviews.size() - 1), course);
        ReviewSchedule schedule = ReviewSchedule.of(course.orders(), course.exams().stream().filter(Exam::isOpioidReview)
                .map(e -> e.recordedAt().toInstant()).toList(), ReviewSchedule.asOrdered(table), zone, now);
        String due = schedule.due().map(d -> "Next opioid review due " + d + " (" + schedule.dueBecause() + ")"
                + (schedule.overdueOn(LocalDate.ofInstant(now, zone)) ? ": overdue." : ".")).orElse("No opioid review due.");
        return new ProgressSummary.BenefitAndHarm(rows, firstLine, lastReview, due);
    }

    private static String describe(Exam review, PatientCourse course) {
        return "Last opioid review " + course.dayOf(review) + " by " + review.recordedBy().displayName() + ": decision "
                + review.value(FindingCode.REVIEW_DECISION).map(FindingValue::label).orElse("-")
                + review.value(FindingCode.REVIEW_FUNCTION).map(f -> "; function " + f.label().toLowerCase(Locale.ROOT)).orElse("")
                + review.value(FindingCode.REVIEW_ADVERSE_EFFECTS).map(f -> "; adverse effects " + f.label().toLowerCase(Locale.ROOT)).orElse("")
                + Optional.of(PegScore.of(review.findings())).filter(PegScore::computable).map(p -> "; PEG " + p.oneDecimal()).orElse("") + ".";
    }
}
