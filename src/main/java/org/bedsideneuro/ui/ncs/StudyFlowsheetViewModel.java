package org.bedsideneuro.ui.ncs;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.ncs.NcsReading;
import org.bedsideneuro.domain.ncs.StudySeries;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * The serial flowsheet of nerve conduction studies: studies side by side, newest first, the first study marked; one
 * row per nerve, side and measure, each cell the value with its own study's lower limit (below it: marked).
 */
public final class StudyFlowsheetViewModel {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WardRecords records;
    private final BackgroundRunner runner;
    private final ReadOnlyObjectWrapper<Sheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet", Sheet.EMPTY);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<List<Exam>> studies = new ReadOnlyObjectWrapper<>(this, "studies", List.of());

    public StudyFlowsheetViewModel(WardRecords records, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The sheet as shown: column headings (newest first) and rows. */
    public record Sheet(List<String> headings, List<Row> rows) {
        static final Sheet EMPTY = new Sheet(List.of(), List.of());

        public Sheet {
            headings = List.copyOf(headings);
            rows = List.copyOf(rows);
        }
    }

    /** One nerve, side and measure: its label, then one cell per study. */
    public record Row(String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell's text and whether its value is below its own lower limit; empty text where the study did not record it. */
    public record Cell(String text, boolean below) {
    }

    public ReadOnlyObjectProperty<Sheet> sheetProperty() { return sheet.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The current versions of the patient's studies (records of study values only), newest first: what can be amended here. */
    public ReadOnlyObjectProperty<List<Exam>> studiesProperty() { return studies.getReadOnlyProperty(); }

    /** Reads the patient's current records in the background and shows their studies. FX thread. */
    public void show(Patient patient) {
        runner.run(() -> records.read(s -> s.exams().current(patient.id())), this::show, failure -> error.set(failure.message()));
    }

    /** Shows the studies among {@code exams} (FX thread). */
    void show(List<Exam> exams) {
        StudySeries series = StudySeries.of(exams);
        // Only records that are studies through and through: a bedside exam that also holds a study value is amended in
        // the exam form, which keeps its bedside findings.
        studies.set(series.columns().stream().map(StudySeries.Column::exam).filter(Exam::isNerveConductionStudy).toList());
        sheet.set(sheetOf(series));
    }

    static Sheet sheetOf(StudySeries series) {
        List<String> headings = series.columns().stream().map(c -> WHEN.format(c.exam().recordedAt())
                + (c.first() ? "\nfirst study" : "") + "\n" + c.examiner() + "\n" + c.laboratory()).toList();
        List<Row> rows = series.rows().stream().map(r -> new Row(r.label(), r.readings().stream().map(StudyFlowsheetViewModel::cell).toList()))
                .toList();
        return new Sheet(headings, rows);
    }

    private static Cell cell(Optional<NcsReading> reading) {
        return reading.map(r -> new Cell(r.shortText(), r.standing() == NcsReading.Standing.BELOW)).orElse(new Cell("", false));
    }
}
