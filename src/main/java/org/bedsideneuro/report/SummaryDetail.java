package org.bedsideneuro.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How much of a period a progress summary shows in detail (a clinical decision, also in the README).
 * <p>
 * A neurologist reading a progress summary on rounds or at a handover wants the recent course in full (every bedside
 * exam with each value against its baseline, every nurse's observation of OIN signs, myoclonus day by day), because
 * that is what today's decision rests on; and the long course as its shape (was strength falling, did myoclonus follow
 * the dose, how high did the MME go), which a page per week of raw tables hides rather than shows: five years of six
 * observations a day printed in full were 748 pages nobody reads. So:
 * <ul>
 * <li>a period of up to {@value #ALL_IN_DETAIL_UP_TO_DAYS} days (an admission, an opioid titration) is shown in full,
 * as before;</li>
 * <li>a longer one shows its last {@value #RECENT_DAYS} days in full (the recent window: about the time an opioid
 * change takes to show in strength, reflexes and myoclonus), the {@value #WEEKS} weeks before that one row per week,
 * and everything older one row per calendar month (counts, myoclonus, highest jerk rate, MME range, worst MRC sum, OIN
 * signs worse than baseline, number of flags);</li>
 * <li>never summarised away: every flag of the whole period is listed on its own with its date and values, the charts
 * cover the whole period, the exams marked as baseline stay in the exam table as its reference columns, and the
 * regimen now and at the start of the period is printed in full.</li>
 * </ul>
 * These window lengths are BedsideNeuro's own choice, not from a guideline (shared/clinical-reference.md has none for
 * report layout); the exported CSV and FHIR bundle still carry every value for anyone who needs the raw record.
 */
final class SummaryDetail {
    /** Periods up to this long (days, inclusive) are shown in full. Ours (about three months: an admission). */
    static final int ALL_IN_DETAIL_UP_TO_DAYS = 90;
    /** A longer period shows its last this many days in full. Ours (the trend view's "30 days"). */
    static final int RECENT_DAYS = 30;
    /** Before the recent window, this many weeks are summarised one row per week; older ones per month. Ours (half a year). */
    static final int WEEKS = 26;

    private SummaryDetail() {
    }

    /** The first day shown in detail: {@code from} for a short period, else the first day of the recent window. */
    static LocalDate detailFrom(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days <= ALL_IN_DETAIL_UP_TO_DAYS ? from : to.minusDays(RECENT_DAYS - 1L);
    }

    /** A week or a month of the summarised part, first to last day inclusive. */
    record Bucket(LocalDate first, LocalDate last, boolean monthly) {
        boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /**
     * The buckets of {@code from}..{@code detailFrom - 1}, oldest first: weeks counted back from the day before the
     * recent window (so the last week ends where the detail begins), then calendar months, cut at {@code from}.
     */
    static List<Bucket> buckets(LocalDate from, LocalDate detailFrom) {
        ArrayList<Bucket> newestFirst = new ArrayList<>();
        LocalDate end = detailFrom.minusDays(1);
        for (int w = 0; w < WEEKS && !end.isBefore(from); w++) {
            LocalDate start = end.minusDays(6);
            newestFirst.add(new Bucket(start.isBefore(from) ? from : start, end, false));
            end = start.minusDays(1);
        }
        while (!end.isBefore(from)) {
            LocalDate start = YearMonth.from(end).atDay(1);
            newestFirst.add(new Bucket(start.isBefore(from) ? from : start, end, true));
            end = start.minusDays(1);
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
