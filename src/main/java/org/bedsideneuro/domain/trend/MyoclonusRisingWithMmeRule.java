package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.JerkRate;

/**
 * myoclonus_rising_with_mme (reference section 7), possible OIN: the highest jerk rate of a day is at least twice the
 * highest jerk rate of the previous three days (or above 0 when those were all 0; with no observation in those three
 * days it does not fire), and that day's daily MME is higher than the daily MME seven days earlier.
 * Checked on each day with a jerk rate.
 */
public final class MyoclonusRisingWithMmeRule implements FlagRule {
    /** Reference section 7: previous three days, at least twice, MME seven days earlier. */
    static final int PREVIOUS_DAYS = 3;
    static final BigDecimal FACTOR = BigDecimal.valueOf(2);
    static final int MME_LOOKBACK_DAYS = 7;
    private static final String SUBJECT = "myoclonus-rate";

    private record DayMax(BigDecimal rate, Exam exam) {
    }

    @Override public FlagCode code() { return FlagCode.MYOCLONUS_RISING_WITH_MME; }

    @Override
    public List<RuleCheck> checks(PatientTimeline timeline) {
        TreeMap<LocalDate, DayMax> maxByDay = new TreeMap<>();
        List<Exam> exams = timeline.exams();
        for (int at = 0; at < exams.size(); at++) {
            Exam exam = exams.get(at);
            Optional<BigDecimal> rate = JerkRate.of(exam);
            if (rate.isEmpty()) {
                continue;
            }
            maxByDay.merge(timeline.dateAt(at), new DayMax(rate.get(), exam),
                    (a, b) -> b.rate().compareTo(a.rate()) > 0 ? b : a);
        }
        List<RuleCheck> checks = new ArrayList<>();
        for (Map.Entry<LocalDate, DayMax> entry : maxByDay.entrySet()) {
            LocalDate day = entry.getKey();
            DayMax today = entry.getValue();
            DayMax previous = null;
            for (DayMax d : maxByDay.subMap(day.minusDays(PREVIOUS_DAYS), true, day, false).values()) {
                if (previous == null || d.rate().compareTo(previous.rate()) > 0) {
                    previous = d;
                }
            }
            boolean rising = previous != null && (previous.rate().signum() == 0
                    ? today.rate().signum() > 0
                    : today.rate().compareTo(previous.rate().multiply(FACTOR)) >= 0);
            Optional<BigDecimal> mme = timeline.mmeOn(day);
            Optional<BigDecimal> mmeBefore = timeline.mmeOn(day.minusDays(MME_LOOKBACK_DAYS));
            boolean mmeHigher = mme.isPresent() && mmeBefore.isPresent() && mme.get().compareTo(mmeBefore.get()) > 0;
            if (rising && mmeHigher) {
                String values = "Highest jerk rate " + today.rate().toPlainString() + "/h on " + day + " vs "
                        + previous.rate().toPlainString() + "/h in the previous " + PREVIOUS_DAYS + " days; daily MME "
                        + mme.get().toPlainString() + " vs " + mmeBefore.get().toPlainString() + " on " + day.minusDays(MME_LOOKBACK_DAYS);
                List<ExamId> ids = List.of(previous.exam().id(), today.exam().id());
                checks.add(RuleCheck.holds(SUBJECT, timeline.startOf(day), day, values, ids));
            } else {
                checks.add(RuleCheck.notHolding(SUBJECT, timeline.startOf(day), day));
            }
        }
        return checks;
    }
}
