package org.bedsideneuro.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bedsideneuro.domain.ncs.AmplitudeFall;
import org.bedsideneuro.domain.ncs.NcsReading;
import org.bedsideneuro.domain.ncs.StudySeries;
import org.bedsideneuro.report.TableDrawer.TableCell;

/**
 * The nerve conduction studies of the period (shared/clinical-reference.md section 9): studies as columns, newest
 * first, the patient's first study marked; each value with its own study's lower limit (LLN) and its percentage of it.
 * Drawn only when the period has studies. A table wider than the page is split into page-wide blocks of studies.
 */
final class StudyTableSection {
    private static final float LABEL_WIDTH = 170;
    private static final float MIN_COLUMN = 90;
    private static final float FONT = 7;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PageFrame frame;

    StudyTableSection(PageFrame frame) {
        this.frame = frame;
    }

    void draw(StudySeries studies) {
        if (studies.isEmpty()) {
            return;
        }
        frame.heading("Nerve conduction studies");
        frame.paragraph(frame.fonts.regular, 7.5f, "Newest first. Each value with the laboratory's lower limit of normal (LLN) for"
                + " this patient in that study and the value as a percentage of it; bold with " + NcsReading.BELOW_MARK + ": below"
                + " its own lower limit. A lower limit is never taken from another study: \"LLN not recorded\" is not compared."
                + " Amplitudes vary " + AmplitudeFall.TEST_RETEST_VARIATION + " between sessions (Kong 2009), most between examiners.");
        frame.down(3);
        int perBlock = Math.max(1, (int) ((frame.width() - LABEL_WIDTH) / MIN_COLUMN));
        List<StudySeries.Column> columns = studies.columns();
        for (int start = 0; start < columns.size(); start += perBlock) {
            int end = Math.min(columns.size(), start + perBlock);
            drawBlock(studies, start, end, perBlock);
        }
    }

    private void drawBlock(StudySeries studies, int start, int end, int perBlock) {
        float columnWidth = (frame.width() - LABEL_WIDTH) / perBlock;
        float[] widths = new float[end - start + 1];
        widths[0] = LABEL_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = columnWidth;
        }
        List<TableCell> header = new ArrayList<>();
        header.add(TableCell.bold("Nerve, side"));
        for (StudySeries.Column c : studies.columns().subList(start, end)) {
            header.add(TableCell.bold(DATE_TIME.format(c.exam().recordedAt()) + (c.first() ? " (first study)" : "") + " "
                    + c.examiner() + ", " + c.laboratory()));
        }
        List<List<TableCell>> body = new ArrayList<>();
        for (StudySeries.Row r : studies.rows()) {
            if (r.readings().subList(start, end).stream().noneMatch(Optional::isPresent)) {
                continue;
            }
            List<TableCell> row = new ArrayList<>();
            row.add(TableCell.plain(r.label()));
            for (Optional<NcsReading> reading : r.readings().subList(start, end)) {
                row.add(reading.map(StudyTableSection::cell).orElse(TableCell.plain("")));
            }
            body.add(row);
        }
        new TableDrawer(frame, FONT).draw(widths, header, body);
    }

    private static TableCell cell(NcsReading reading) {
        return reading.standing() == NcsReading.Standing.BELOW ? TableCell.bold(reading.shortText()) : TableCell.plain(reading.shortText());
    }
}
