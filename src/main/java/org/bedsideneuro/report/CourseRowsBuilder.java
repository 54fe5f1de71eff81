package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.JerkRate;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.NotCountedReason;
import org.bedsideneuro.domain.score.MrcSumScore;
import org.bedsideneuro.domain.score.ScoreResult;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.report.ProgressSummary.CourseRow;

/** The weekly and monthly rows of the older part of a long period ({@link SummaryDetail}). Pure. */
final class CourseRowsBuilder {
    private final ZoneId zone;

    CourseRowsBuilder(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param buckets   the weeks and months, oldest first
     * @param exams     the current exams and observations of the summarised part, oldest first
     * @param dailyMme  the course's daily MME (any span; the buckets' days are looked up)
     * @param flags     the flags of the period (only counted here: the flags table lists each one)
     * @param baselines baseline value per finding and side over the whole record
     */
    List<CourseRow> rows(List<SummaryDetail.Bucket> buckets, List<Exam> exams, NavigableMap<LocalDate, DailyMmeResult> dailyMme,
                         List<Flag> flags, Map<FindingKey, FindingValue> baselines) {
        List<CourseRow> rows = new ArrayList<>(buckets.size());
        int next = 0;
        for (SummaryDetail.Bucket b : buckets) {
            int examCount = 0;
            int observations = 0;
            int withMyoclonus = 0;
            int oinWorse = 0;
            BigDecimal maxJerkRate = null;
            Integer worstMrc = null;
            while (next < exams.size() && day(exams.get(next)).isBefore(b.first())) {
                next++;
            }
            while (next < exams.size() && b.contains(day(exams.get(next)))) {
                Exam e = exams.get(next++);
                if (e.kind() == ExamKind.EXAM && !e.isNerveConductionStudy()) {
                    examCount++;
                    ScoreResult mrc = MrcSumScore.of(e);
                    if (mrc.computable()) {
                        int v = mrc.value().getAsInt();
                        worstMrc = worstMrc == null ? v : Math.min(worstMrc, v);
                    }
                } else {
                    observations++;
                    if (TrendChartsBuilder.present(e).orElse(false)) {
                        withMyoclonus++;
                    }
                    if (oinWorseThanBaseline(e, baselines)) {
                        oinWorse++;
                    }
                }
                BigDecimal rate = JerkRate.of(e).orElse(null);
                if (rate != null) {
                    maxJerkRate = maxJerkRate == null ? rate : maxJerkRate.max(rate);
                }
            }
            BigDecimal mmeMin = null;
            BigDecimal mmeMax = null;
            boolean notCounted = false;
            for (DailyMmeResult d : dailyMme.subMap(b.first(), true, b.last(), true).values()) {
                mmeMin = mmeMin == null ? d.mme() : mmeMin.min(d.mme());
                mmeMax = mmeMax == null ? d.mme() : mmeMax.max(d.mme());
                notCounted |= d.notCounted().stream().anyMatch(n -> n.why().reason() != NotCountedReason.ADJUVANT);
            }
            int flagCount = (int) flags.stream().filter(f -> b.contains(f.date())).count();
            rows.add(new CourseRow(b.first(), b.last(), b.monthly(), examCount, observations, withMyoclonus, maxJerkRate,
                    mmeMin, mmeMax, notCounted, worstMrc, oinWorse, flagCount));
        }
        return rows;
    }

    private static boolean oinWorseThanBaseline(Exam e, Map<FindingKey, FindingValue> baselines) {
        for (Finding f : e.findings()) {
            if (f.code().section() == Section.OIN) {
                FindingValue base = baselines.get(f.key());
                if (base != null && Worsening.isWorse(f.code(), base, f.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    private LocalDate day(Exam e) {
        return e.recordedAt().atZoneSameInstant(zone).toLocalDate();
    }
}
