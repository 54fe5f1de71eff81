package org.bedsideneuro.domain.trend;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.regimen.DailyMmeResult;
import org.bedsideneuro.domain.regimen.DrugCatalog;
import org.bedsideneuro.domain.regimen.MedicationOrder;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.MmeFactor;
import org.bedsideneuro.domain.regimen.MmeFactorLookup;
import org.bedsideneuro.domain.regimen.MmeTable;
import org.bedsideneuro.domain.regimen.OrderId;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.score.PegScore;

/**
 * What the benefit rules of clinical reference section 8 read from a timeline: the review schedule (its starts,
 * escalations and review records), the complete PEGs in time order, and the days an opioid runs.
 */
final class OpioidReviewCourse {
    final PatientTimeline timeline;
    final ReviewSchedule schedule;
    final List<Peg> pegs;
    final List<MedicationOrder> opioids;

    private OpioidReviewCourse(PatientTimeline timeline) {
        this.timeline = timeline;
        this.opioids = timeline.orders().stream().filter(o -> DrugCatalog.isOpioid(o.drug())).toList();
        List<Instant> reviews = new ArrayList<>();
        List<Peg> pegs = new ArrayList<>();
        for (Exam e : timeline.exams()) {
            if (e.isOpioidReview()) {
                reviews.add(e.recordedAt().toInstant());
            }
            PegScore score = PegScore.of(e.findings());
            if (score.computable()) {
                pegs.add(new Peg(e, score));
            }
        }
        this.pegs = List.copyOf(pegs);
        this.schedule = ReviewSchedule.of(opioids, reviews, fullDailyMme(timeline), timeline.zone(), Instant.MAX);
    }

    /** A complete PEG and the record it was recorded in. */
    record Peg(Exam exam, PegScore score) {
        Instant at() {
            return exam.recordedAt().toInstant();
        }
    }

    static OpioidReviewCourse of(PatientTimeline timeline) {
        return new OpioidReviewCourse(timeline);
    }

    /** The days an opioid runs (section 8's "run on the same day"), oldest first. */
    List<LocalDate> opioidDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        opioids.forEach(o -> days.addAll(SameDayCombinationRule.daysRunning(o, timeline)));
        return List.copyOf(days);
    }

    /** The last moment of a calendar day. */
    Instant endOf(LocalDate day) {
        return timeline.startOf(day.plusDays(1)).minusNanos(1);
    }

    /** The latest complete PEG before {@code at} (strictly), if any. */
    Optional<Peg> latestPegBefore(Instant at) {
        Peg found = null;
        for (Peg p : pegs) {
            if (p.at().isBefore(at)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The full daily MME of an order as ordered, with the factor the MME series counted it with (the ward's parenteral
     * table); an order the series never counted is looked up in the standard table.
     */
    private static Function<MedicationOrder, Optional<BigDecimal>> fullDailyMme(PatientTimeline timeline) {
        Map<OrderId, MmeFactor> factors = new HashMap<>();
        for (DailyMmeResult day : timeline.mme().values()) {
            for (MmeContribution c : day.counted()) {
                factors.putIfAbsent(c.order().id(), c.factor());
            }
        }
        Function<MedicationOrder, Optional<BigDecimal>> standard = ReviewSchedule.asOrdered(MmeTable.standard());
        return o -> {
            MmeFactor f = factors.get(o.id());
            return f != null ? Optional.of(new MmeFactorLookup.Counted(f).dailyMme(o)) : standard.apply(o);
        };
    }
}
