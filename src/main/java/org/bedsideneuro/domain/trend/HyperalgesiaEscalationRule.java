package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.YesNo;

/**
 * hyperalgesia_escalation (reference section 7), the OIN loop: hyperalgesia or allodynia recorded on a day, and the daily
 * MME rises within the next three days (flagged on the day it rises). "Rises" = the day's MME is above the previous
 * day's. Checked on every day of the MME series.
 */
public final class HyperalgesiaEscalationRule implements FlagRule {
    /** Reference section 7: "within the next three days". */
    static final int WITHIN_DAYS = 3;
    private static final String SUBJECT = "hyperalgesia-escalation";

    @Override public FlagCode code() { return FlagCode.HYPERALGESIA_ESCALATION; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        TreeMap<LocalDate, Exam> recorded = new TreeMap<>();
        List<Exam> exams = timeline.exams();
        for (int at = 0; at < exams.size(); at++) {
            Exam exam = exams.get(at);
            boolean yes = exam.value(FindingCode.HYPERALGESIA).filter(v -> v == YesNo.YES).isPresent()
                    || exam.value(FindingCode.ALLODYNIA).filter(v -> v == YesNo.YES).isPresent();
            if (yes) {
                recorded.putIfAbsent(timeline.dateAt(at), exam);
            }
        }
        List<RuleCheck> checks = new ArrayList<>();
        if (recorded.isEmpty()) {
            return checks;
        }
        for (Map.Entry<LocalDate, BigDecimal> day : timeline.mme().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().mme())).toList()) {
            LocalDate date = day.getKey();
            BigDecimal yesterday = timeline.mmeOn(date.minusDays(1)).orElse(null);
            Map.Entry<LocalDate, Exam> pain = recorded.floorEntry(date.minusDays(1));
            boolean withinWindow = pain != null && !pain.getKey().isBefore(date.minusDays(WITHIN_DAYS));
            if (yesterday != null && withinWindow && day.getValue().compareTo(yesterday) > 0) {
                checks.add(RuleCheck.holds(SUBJECT, timeline.startOf(date), date,
                        "Hyperalgesia/allodynia recorded on " + pain.getKey() + "; daily MME rose from "
                                + yesterday.toPlainString() + " to " + day.getValue().toPlainString() + " on " + date,
                        List.of(pain.getValue().id())));
            } else {
                checks.add(RuleCheck.notHolding(SUBJECT, timeline.startOf(date), date));
            }
        }
        return checks;
    }
}
