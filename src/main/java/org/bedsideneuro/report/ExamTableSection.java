package org.bedsideneuro.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.score.DistalMotorScore;
import org.bedsideneuro.domain.score.MrcSumScore;
import org.bedsideneuro.domain.score.ScoreResult;
import org.bedsideneuro.report.ProgressSummary.Cell;
import org.bedsideneuro.report.ProgressSummary.ExamColumn;
import org.bedsideneuro.report.ProgressSummary.ExamTable;
import org.bedsideneuro.report.TableDrawer.TableCell;

/**
 * The serial exam table: exams as columns, findings as rows, then the scores. A table wider than the page is split into
 * page-wide blocks of exams, each repeating the row labels; within a block rows flow over pages whole.
 */
final class ExamTableSection {
    static final String WORSE_MARK = "▼";
    static final String NOT_COMPUTABLE = "n/c";
    private static final float LABEL_WIDTH = 150;
    private static final float MIN_COLUMN = 56;
    private static final float FONT = 7;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PageFrame frame;

    ExamTableSection(PageFrame frame) {
        this.frame = frame;
    }

    /** {@code detailFrom}: the first day in detail of a summarised period (older exams then only as baselines), or null. */
    void draw(ExamTable table, LocalDate detailFrom) {
        frame.heading("Serial exams" + (detailFrom == null ? "" : " from " + detailFrom + ", with the exams marked baseline"));
        if (table.isEmpty()) {
            frame.paragraph(frame.fonts.regular, 9, "No exams recorded in this period.");
            return;
        }
        frame.paragraph(frame.fonts.regular, 7.5f, "Bold with " + WORSE_MARK + ": worse than the patient's baseline for that finding and"
                + " side (the exam marked baseline, else the first recorded value). Blank: not examined (never read as normal)."
                + " " + NOT_COMPUTABLE + ": score not computable, an item was not recorded.");
        frame.down(3);
        int perBlock = Math.max(1, (int) ((frame.width() - LABEL_WIDTH) / MIN_COLUMN));
        List<ExamColumn> columns = table.columns();
        for (int start = 0; start < columns.size(); start += perBlock) {
            List<ExamColumn> block = columns.subList(start, Math.min(columns.size(), start + perBlock));
            if (columns.size() > perBlock) {
                frame.ensure(80);
                frame.line(frame.fonts.bold, 8, "Exams " + (start + 1) + "-" + (start + block.size()) + " of " + columns.size(), frame.left());
            }
            drawBlock(table.rows(), block, perBlock);
        }
    }

    private void drawBlock(List<FindingKey> rows, List<ExamColumn> block, int perBlock) {
        float columnWidth = (frame.width() - LABEL_WIDTH) / perBlock;
        float[] widths = new float[block.size() + 1];
        widths[0] = LABEL_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = columnWidth;
        }
        List<TableCell> header = new ArrayList<>();
        header.add(TableCell.bold("Finding"));
        for (ExamColumn c : block) {
            header.add(TableCell.bold(c.at().toLocalDate() + " " + TIME.format(c.at()) + " " + c.examiner()
                    + (c.baseline() ? " (baseline)" : "")));
        }
        List<List<TableCell>> body = new ArrayList<>();
        for (FindingKey key : rows) {
            if (block.stream().noneMatch(c -> c.cells().containsKey(key))) {
                continue;
            }
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.plain(key.label()));
            for (ExamColumn c : block) {
                Cell cell = c.cells().get(key);
                row.add(cell == null ? TableCell.plain("")
                        : cell.worseThanBaseline() ? TableCell.bold(cell.text() + " " + WORSE_MARK) : TableCell.plain(cell.text()));
            }
            body.add(row);
        }
        body.add(scoreRow(MrcSumScore.DEFINITION.label(), block, true));
        body.add(scoreRow(DistalMotorScore.DEFINITION.name() + " (" + DistalMotorScore.DEFINITION.min() + "-"
                + DistalMotorScore.DEFINITION.max() + "): BedsideNeuro's own, not validated", block, false));
        new TableDrawer(frame, FONT).draw(widths, header, body);
    }

    private static List<TableCell> scoreRow(String label, List<ExamColumn> block, boolean mrcSum) {
        List<TableCell> row = new ArrayList<>();
        row.add(TableCell.bold(label));
        for (ExamColumn c : block) {
            ScoreResult r = mrcSum ? c.mrcSum() : c.distalMotor();
            row.add(TableCell.plain(r.computable() ? String.valueOf(r.value().getAsInt()) : NOT_COMPUTABLE));
        }
        return row;
    }
}
