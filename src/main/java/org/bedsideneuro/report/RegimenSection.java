package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.regimen.MmeContribution;
import org.bedsideneuro.domain.regimen.NotCountedOrder;
import org.bedsideneuro.domain.regimen.NotCountedReason;
import org.bedsideneuro.report.ProgressSummary.InfusionRun;
import org.bedsideneuro.report.ProgressSummary.PrnDay;
import org.bedsideneuro.report.TableDrawer.TableCell;

/**
 * The summary's "Opioid regimen and daily MME" section (clinical reference section 6): the MME now and at the start of
 * the period, each order's contribution and how it was counted (as ordered, as given, by rate, as delivered), a PRN
 * order's ceiling for information only; then the infusions of the period and the PRN doses of each day shown in detail.
 */
final class RegimenSection {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PageFrame frame;
    private final ProgressSummary s;

    RegimenSection(PageFrame frame, ProgressSummary summary) {
        this.frame = frame;
        this.s = summary;
    }

    void draw() {
        frame.heading("Opioid regimen and daily MME");
        frame.paragraph(frame.fonts.bold, 9, "Now (" + PRINTED.format(s.printing().at()) + "): " + mme(s.mmeNow().mme())
                + " MME/day" + plusNotCounted(s.mmeNow().notCounted()) + " (scheduled orders and infusions running now at their full"
                + " daily amount; PRN doses and PCA deliveries of the last 24 hours)");
        contributions(s.mmeNow().counted(), s.mmeNow().notCounted());
        frame.paragraph(frame.fonts.bold, 9, "At the start of the period (" + s.from() + "): " + mme(s.mmeAtStart().mme())
                + " MME/day" + plusNotCounted(s.mmeAtStart().notCounted()) + " (daily MME of that day)");
        contributions(s.mmeAtStart().counted(), s.mmeAtStart().notCounted());
        infusions();
        prnUse();
        frame.paragraph(frame.fonts.regular, 7.5f, "MME: CDC 2022 conversion factors (clinical reference section 6)"
                + (s.printing().mmeFactors().isBlank() ? "" : "; " + s.printing().mmeFactors()) + "; a population"
                + " tool, not a dose-conversion tool. Orders marked \"" + SummarySections.NOT_COUNTED + "\" are not in the total, which"
                + " then understates the opioid load; they are never counted as 0. A PRN order's ceiling (its most doses a day) is"
                + " shown for information and never added.");
    }

    private void contributions(List<MmeContribution> counted, List<NotCountedOrder> notCounted) {
        if (counted.isEmpty() && notCounted.isEmpty()) {
            frame.paragraph(frame.fonts.regular, 8.5f, "No medication orders running.");
            frame.down(4);
            return;
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (MmeContribution c : counted) {
            rows.add(List.of(TableCell.plain(c.order().summary()), TableCell.plain(mme(c.mme())), TableCell.plain(countedAs(c)),
                    TableCell.plain("factor " + c.factor().factor().toPlainString()
                            + (c.factor().estimate() ? " (parenteral estimate)" : "") + (c.order().note().isEmpty() ? "" : "; " + c.order().note()))));
        }
        for (NotCountedOrder n : notCounted) {
            rows.add(List.of(TableCell.plain(n.order().summary()), TableCell.bold(SummarySections.NOT_COUNTED), TableCell.plain(""),
                    TableCell.plain(n.why().explanation())));
        }
        float w = frame.width();
        new TableDrawer(frame, 7.5f).draw(new float[] {w * 0.31f, w * 0.11f, w * 0.25f, w * 0.33f},
                List.of(TableCell.bold("Order"), TableCell.bold("MME/day"), TableCell.bold("Counted"), TableCell.bold("Factor, note or reason")),
                rows);
    }

    /** "as ordered, 25% of the day"; "as given; ceiling 45.00 MME/day, for information, not counted". */
    static String countedAs(MmeContribution c) {
        String how = c.countedAs().words();
        boolean fromTheOrder = c.countedAs() == MmeContribution.CountedAs.AS_ORDERED || c.countedAs() == MmeContribution.CountedAs.BY_RATE;
        if (fromTheOrder && c.fractionOfDay().compareTo(BigDecimal.ONE) < 0) {
            how += ", " + c.fractionOfDay().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "% of the day";
        }
        if (c.ceiling() != null) {
            how += "; ceiling " + mme(c.ceiling()) + " MME/day, for information, not counted";
        }
        return how;
    }

    private void infusions() {
        if (s.infusions().isEmpty()) {
            return;
        }
        frame.paragraph(frame.fonts.bold, 9, "Infusions in this period");
        List<List<TableCell>> rows = new ArrayList<>();
        for (InfusionRun run : s.infusions()) {
            rows.add(List.of(TableCell.plain(run.infusion()), TableCell.plain(at(run.from())),
                    TableCell.plain(run.to() == null ? "running" : at(run.to())),
                    run.mmePerDay() == null ? TableCell.bold(SummarySections.NOT_COUNTED) : TableCell.plain(mme(run.mmePerDay()))));
        }
        float w = frame.width();
        new TableDrawer(frame, 7.5f).draw(new float[] {w * 0.40f, w * 0.20f, w * 0.20f, w * 0.20f},
                List.of(TableCell.bold("Infusion (rate)"), TableCell.bold("From"), TableCell.bold("To"), TableCell.bold("MME for a whole day")), rows);
    }

    private void prnUse() {
        if (s.prnUse().isEmpty()) {
            return;
        }
        frame.paragraph(frame.fonts.bold, 9, "PRN (as needed) doses per day" + (s.summarised() ? " (from " + s.detailFrom() + ")" : ""));
        List<List<TableCell>> rows = new ArrayList<>();
        for (PrnDay d : s.prnUse()) {
            rows.add(List.of(TableCell.plain(d.date().toString()), TableCell.plain(d.order()),
                    d.given() > 0 ? TableCell.bold(String.valueOf(d.given())) : TableCell.plain("0"),
                    TableCell.plain(String.valueOf(d.notGiven())),
                    d.mme() == null ? TableCell.bold(SummarySections.NOT_COUNTED) : TableCell.plain(mme(d.mme()))));
        }
        float w = frame.width();
        new TableDrawer(frame, 7.5f).draw(new float[] {w * 0.14f, w * 0.42f, w * 0.11f, w * 0.18f, w * 0.15f},
                List.of(TableCell.bold("Day"), TableCell.bold("PRN order"), TableCell.bold("Given"),
                        TableCell.bold("Held, refused or not given"), TableCell.bold("MME of doses given")), rows);
    }

    /** Said next to a total that leaves out an opioid, so a 0 is never read as "no opioid". */
    private static String plusNotCounted(List<NotCountedOrder> notCounted) {
        return notCounted.stream().anyMatch(n -> n.why().reason() != NotCountedReason.ADJUVANT)
                ? " + opioid orders " + SummarySections.NOT_COUNTED + " (see below)" : "";
    }

    private static String at(OffsetDateTime time) {
        return AT.format(time);
    }

    private static String mme(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
