package org.bedsideneuro.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.trend.Flag;
import org.bedsideneuro.domain.trend.TrendLanes;
import org.bedsideneuro.report.ProgressSummary.Cell;
import org.bedsideneuro.report.ProgressSummary.CourseRow;
import org.bedsideneuro.report.ProgressSummary.MyoclonusRow;
import org.bedsideneuro.report.ProgressSummary.ObservationRow;
import org.bedsideneuro.report.ProgressSummary.TrendChart;
import org.bedsideneuro.report.TableDrawer.TableCell;

/** The sections of the summary in reading order, except the regimen ({@link RegimenSection}) and the exam table ({@link ExamTableSection}). */
final class SummarySections {
    static final String NOT_COUNTED = "not counted";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private static final float CHART_HEIGHT = 62;

    private final PageFrame frame;
    private final ProgressSummary s;

    SummarySections(PageFrame frame, ProgressSummary summary) {
        this.frame = frame;
        this.s = summary;
    }

    void header() {
        Patient p = s.patient();
        frame.line(frame.fonts.bold, 15, "Progress summary", frame.left());
        frame.down(3);
        frame.paragraph(frame.fonts.bold, 11, p.displayName());
        frame.paragraph(frame.fonts.regular, 9, "MRN " + p.id().value() + "    Born " + p.birthDate() + "    Sex " + p.sex().code());
        frame.paragraph(frame.fonts.regular, 9, "Ward " + orDash(p.ward()) + "    Bed " + orDash(p.bed()));
        frame.line(frame.fonts.regular, 9, "Period " + s.from() + " to " + s.to() + " (days in " + s.printing().at().getZone().getId() + ")", frame.left());
        frame.line(frame.fonts.regular, 9, "Printed " + PRINTED.format(s.printing().at()) + " by " + s.printing().by(), frame.left());
        frame.down(4);
    }

    void flags() {
        frame.heading("Flags in this period (" + s.flags().size() + ")");
        if (s.flags().isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "No flags in this period.");
            return;
        }
        frame.paragraph(frame.fonts.regular, 7.5f, "Decision support, not diagnoses (clinical reference section 7).");
        List<List<TableCell>> rows = new ArrayList<>();
        for (Flag f : s.flags()) {
            rows.add(List.of(TableCell.plain(f.date().toString()), TableCell.bold(f.title()), TableCell.plain(f.code().meaning() + " " + f.values())));
        }
        float w = frame.width();
        new TableDrawer(frame, 7.5f).draw(new float[] {58, 175, w - 233},
                List.of(TableCell.bold("Date"), TableCell.bold("Flag"), TableCell.bold("Values")), rows);
    }

    void charts() {
        if (s.lanes().lanes().stream().allMatch(TrendLanes.Lane::empty)) {
            frame.heading("Trends");
            frame.paragraph(frame.fonts.regular, 9, "Nothing recorded in this period to chart.");
            return;
        }
        LanesDrawer overview = new LanesDrawer(frame, s.lanes());
        frame.ensure(overview.height() + 60);
        frame.heading("Trend overview");
        frame.paragraph(frame.fonts.regular, 7f, "The Trend tab's lanes on one date axis. Strips: each value to the next recording, "
                + "green normal, yellow mild, orange moderate, red severe; a black notch on top: worse than baseline. "
                + "Flags: nearby days share one box with their count; each is listed in the flags table.");
        frame.down(3);
        overview.draw();
        frame.heading("Trends");
        ChartDrawer drawer = new ChartDrawer(frame, s.from(), s.to());
        List<String> empty = new ArrayList<>();
        for (TrendChart chart : s.charts()) {
            if (chart.hasData()) {
                drawer.draw(chart, CHART_HEIGHT);
            } else {
                empty.add(chart.title());
            }
        }
        if (!empty.isEmpty()) {
            frame.paragraph(frame.fonts.regular, 7.5f, "No data in this period for: " + String.join("; ", empty) + ".");
        }
    }

    /**
     * The older part of a long period, one row per week or month ({@link SummaryDetail} says why). Every flag of these
     * weeks is in the flags table above with its date and values; here they are only counted.
     */
    void earlierCourse() {
        if (!s.summarised()) {
            return;
        }
        frame.heading("Earlier course, summarised: " + s.from() + " to " + s.detailFrom().minusDays(1));
        frame.paragraph(frame.fonts.regular, 7.5f, "The last " + SummaryDetail.RECENT_DAYS + " days (from " + s.detailFrom()
                + ") are shown in full below; before them one row per week for " + SummaryDetail.WEEKS + " weeks, then one per"
                + " month. Every flag is listed on its own in the flags table above; the exams marked baseline stay in the"
                + " exam table. MRC sum: the lowest computable in the row. OIN worse: observations with a sedation or OIN item"
                + " worse than baseline. The CSV and FHIR exports carry every value.");
        List<List<TableCell>> rows = new ArrayList<>();
        for (CourseRow r : s.earlierCourse()) {
            String when = r.first() + " to " + r.last();
            String mme = r.mmeMin() == null ? "-" : r.mmeMin().compareTo(r.mmeMax()) == 0 ? mme(r.mmeMin()) : mme(r.mmeMin()) + "-" + mme(r.mmeMax());
            rows.add(List.of(TableCell.plain(when + (r.monthly() ? " (month)" : " (week)")),
                    TableCell.plain(String.valueOf(r.exams())), TableCell.plain(String.valueOf(r.observations())),
                    r.withMyoclonus() > 0 ? TableCell.bold(String.valueOf(r.withMyoclonus())) : TableCell.plain("0"),
                    TableCell.plain(r.maxJerkRate() == null ? "-" : r.maxJerkRate().toPlainString()),
                    r.mmeNotCounted() ? TableCell.bold(mme + " + " + NOT_COUNTED) : TableCell.plain(mme),
                    TableCell.plain(r.worstMrcSum() == null ? "-" : String.valueOf(r.worstMrcSum())),
                    r.oinWorse() > 0 ? TableCell.bold(String.valueOf(r.oinWorse())) : TableCell.plain("0"),
                    r.flags() > 0 ? TableCell.bold(String.valueOf(r.flags())) : TableCell.plain("0")));
        }
        float w = frame.width();
        float rest = (w - 150) / 8;
        new TableDrawer(frame, 7).draw(new float[] {150, rest * 0.8f, rest, rest, rest, rest * 1.6f, rest * 0.9f, rest * 0.9f, rest * 0.8f},
                List.of(TableCell.bold("Week or month"), TableCell.bold("Exams"), TableCell.bold("Obser- vations"),
                        TableCell.bold("With myoclonus"), TableCell.bold("Highest jerk rate (/h)"), TableCell.bold("Daily MME"),
                        TableCell.bold("Lowest MRC sum"), TableCell.bold("OIN worse"), TableCell.bold("Flags")), rows);
    }

    /** Clinical reference section 8: is the opioid helping, and is it safe. */
    void benefitAndHarm() {
        ProgressSummary.BenefitAndHarm b = s.benefit();
        frame.heading("Benefit and harm");
        if (b.pegRows().isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "No complete PEG in this period.");
        }
        for (String row : b.pegRows()) {
            frame.paragraph(frame.fonts.regular, 9, row);
        }
        frame.paragraph(frame.fonts.regular, 7.5f, "PEG: mean of pain, enjoyment and activity, 0-10 (Krebs 2009); 1 point is a real change"
                + " (Reed 2024). Distal motor score: BedsideNeuro's own, not a validated scale.");
        frame.paragraph(frame.fonts.bold, 9, "First-line agents for neuropathic pain");
        if (b.firstLine().isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "None recorded.");
        }
        for (String line : b.firstLine()) {
            frame.paragraph(frame.fonts.regular, 9, line);
        }
        frame.paragraph(frame.fonts.regular, 9, b.lastReview());
        frame.paragraph(frame.fonts.regular, 9, b.reviewDue());
    }

    void myoclonus() {
        frame.heading("Myoclonus observations, per " + (s.myoclonus().weekly() ? "week" : "day")
                + (s.summarised() ? " (from " + s.detailFrom() + ")" : ""));
        if (s.myoclonus().rows().isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "No myoclonus observations in this period.");
            return;
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (MyoclonusRow r : s.myoclonus().rows()) {
            String when = r.first().equals(r.last()) ? r.first().toString() : r.first() + " to " + r.last();
            rows.add(List.of(TableCell.plain(when), TableCell.plain(String.valueOf(r.observations())),
                    r.withMyoclonus() > 0 ? TableCell.bold(String.valueOf(r.withMyoclonus())) : TableCell.plain("0"),
                    TableCell.plain(r.maxJerkRate() == null ? "-" : r.maxJerkRate().toPlainString())));
        }
        float w = frame.width();
        new TableDrawer(frame, 7.5f).draw(new float[] {w * 0.34f, w * 0.2f, w * 0.2f, w * 0.26f},
                List.of(TableCell.bold(s.myoclonus().weekly() ? "Week" : "Day"), TableCell.bold("Observations"),
                        TableCell.bold("With myoclonus"), TableCell.bold("Highest jerk rate (/h)")), rows);
    }

    /** Who signed each exam version of the period, when, and what it means (21 CFR 11.50(b): on paper as on screen). */
    void signatures() {
        frame.heading("Signatures of the exams");
        if (s.summarised()) {
            // 21 CFR 11.50(b) asks for the signature wherever the signed record is shown; the older course is printed
            // as weekly or monthly counts, not as the exams themselves, so their signatures stay in the app's history.
            frame.paragraph(frame.fonts.regular, 8, "Exams from " + s.detailFrom() + " on, as shown in detail above. The exams before "
                    + s.detailFrom() + " are summarised per week or month; each one's signature is in the exam history in the app.");
        }
        if (s.signedExams().isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "No exams recorded in this period.");
            return;
        }
        for (ProgressSummary.SignedExam e : s.signedExams()) {
            frame.ensure(30);
            frame.paragraph(frame.fonts.bold, 8, e.what() + " of " + e.at().toLocalDate() + " " + TIME.format(e.at()) + " by " + e.examiner()
                    + " (" + e.version() + ")");
            if (e.signatures().isEmpty()) {
                frame.paragraph(frame.fonts.regular, 8, "Not signed");
            }
            for (String signature : e.signatures()) {
                frame.paragraph(frame.fonts.regular, 8, signature);
            }
            frame.down(2);
        }
    }

    void oinObservations() {
        frame.heading("Observations: sedation and signs of opioid-induced neurotoxicity" + (s.summarised() ? " (from " + s.detailFrom() + ")" : ""));
        if (s.oinObservations().isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "No such observations in this period.");
            return;
        }
        List<FindingCode> codes = FindingCode.inSection(Section.OIN);
        List<TableCell> header = new ArrayList<>(List.of(TableCell.bold("When, by")));
        codes.forEach(c -> header.add(TableCell.bold(shortLabel(c))));
        header.add(TableCell.bold("Note"));
        List<List<TableCell>> rows = new ArrayList<>();
        for (ObservationRow o : s.oinObservations()) {
            List<TableCell> row = new ArrayList<>(List.of(TableCell.plain(o.at().toLocalDate() + " " + TIME.format(o.at()) + " " + o.observer())));
            for (FindingCode c : codes) {
                Cell cell = o.values().get(c);
                row.add(cell == null ? TableCell.plain("")
                        : cell.worseThanBaseline() ? TableCell.bold(cell.text() + " " + ExamTableSection.WORSE_MARK) : TableCell.plain(cell.text()));
            }
            row.add(TableCell.plain(o.note()));
            rows.add(row);
        }
        float w = frame.width();
        float[] widths = new float[codes.size() + 2];
        widths[0] = 95;
        for (int i = 1; i <= codes.size(); i++) {
            widths[i] = 46;
        }
        widths[codes.size() + 1] = w - 95 - 46 * codes.size();
        new TableDrawer(frame, 7).draw(widths, header, rows);
    }

    /** Column headings narrow enough for the table; the full labels are in the clinical reference, section 5. */
    private static String shortLabel(FindingCode code) {
        return switch (code) {
            case SEDATION_POSS -> "POSS";
            case DELIRIUM_CAM -> "CAM";
            case HALLUCINATIONS -> "Halluci- nations";
            case HYPERALGESIA -> "Hyper- algesia";
            case ALLODYNIA -> "Allo- dynia";
            default -> code.label();
        };
    }

    private static String mme(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "-" : text;
    }
}
