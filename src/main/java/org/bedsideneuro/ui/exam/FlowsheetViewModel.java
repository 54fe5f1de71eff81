package org.bedsideneuro.ui.exam;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.MrcGrade;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.patient.HistoryEntry;

/**
 * Serial bedside exams side by side: one column per exam, one row per finding and side. Newest
 * first, like the History list beside it, so the latest exam is always in view without scrolling however long the
 * stay; the baseline sits at the far right. A cell is marked when its value is worse than that finding's baseline or
 * than the exam before (Comparison.worsened), or when left and right strength differ by two full grades.
 * Current versions only: an amended version is replaced by its correction, as in trends and flags.
 */
public final class FlowsheetViewModel {
    private final WardRecords records;
    private final BackgroundRunner runner;
    private final ClinicalFormats formats;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Sheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet", Sheet.EMPTY);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private long generation;

    public FlowsheetViewModel(WardRecords records, ClinicalFormats formats, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.zone = formats.zone();
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** One value in the sheet; blank text when the finding was not examined that time. */
    public record Cell(String text, boolean worse) {
        static final Cell EMPTY = new Cell("", false);
    }

    /** A finding and side, with one cell per column. */
    public record Row(FindingKey key, String label, List<Cell> cells) {
    }

    /**
     * The sheet: column titles newest first, rows in bedside order, and per column the exam's signatures as printed
     * ("Signed by NAME, ROLE, DATE TIME — meaning: author", or "Not signed").
     */
    public record Sheet(List<String> columns, List<Row> rows, List<String> signatures) {
        static final Sheet EMPTY = new Sheet(List.of(), List.of(), List.of());

        public Sheet {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            signatures = List.copyOf(signatures);
        }

        /** True when some exam shown is signed: its signature's lines need a taller first row. */
        public boolean anySigned() {
            return signatures.stream().anyMatch(s -> !s.equals(HistoryEntry.NOT_SIGNED));
        }
    }

    public void load(Patient patient) {
        long thisLoad = ++generation;
        loaded.set(false);
        runner.run(() -> records.read(s -> build(s.exams().current(patient.id()), s.signatures().forPatient(patient.id()), zone, formats)), built -> {
            if (thisLoad == generation) {
                sheet.set(built);
                loaded.set(true);
            }
        }, failure -> loaded.set(true));
    }

    /** Pure: the sheet of these current exam versions (bedside exams only; the nurse's observations have their own log). */
    static Sheet build(List<Exam> current, ClinicalFormats formats) {
        return build(current, Map.of(), ZoneId.systemDefault(), formats);
    }

    static Sheet build(List<Exam> current, Map<ExamId, List<Signature>> signatures, ZoneId zone, ClinicalFormats formats) {
        // Nerve conduction studies have a flowsheet of their own (ui.ncs).
        List<Exam> exams = Comparison.of(current).exams().stream()
                .filter(e -> e.kind() == ExamKind.EXAM && !e.isNerveConductionStudy()).toList();
        TreeSet<FindingKey> keys = new TreeSet<>();
        exams.forEach(e -> e.findings().forEach(f -> keys.add(f.key())));
        List<String> columns = new ArrayList<>();
        List<String> signed = new ArrayList<>();
        for (int i = exams.size() - 1; i >= 0; i--) {
            Exam e = exams.get(i);
            List<Signature> own = signatures.getOrDefault(e.id(), List.of());
            signed.add(own.isEmpty() ? HistoryEntry.NOT_SIGNED
                    : String.join("\n", own.stream().map(sig -> sig.text(zone)).toList()));
            // "Baseline" before the examiner's name: a narrow column cuts the end of its second line, and which exam is the
            // baseline matters more than the rest of a name.
            columns.add(formats.dateTime(e.recordedAt()) + "\n" + (e.baseline() ? "Baseline · " : "") + e.recordedBy().displayName());
        }
        List<Row> rows = new ArrayList<>();
        for (FindingKey key : keys) {
            List<Cell> cells = new ArrayList<>();
            for (int i = exams.size() - 1; i >= 0; i--) {
                cells.add(cell(exams, i, key));
            }
            rows.add(new Row(key, key.label(), List.copyOf(cells)));
        }
        return new Sheet(columns, rows, signed);
    }

    private static Cell cell(List<Exam> exams, int index, FindingKey key) {
        Exam exam = exams.get(index);
        var value = exam.finding(key).map(f -> f.value());
        if (value.isEmpty()) {
            return Cell.EMPTY;
        }
        FindingValue now = value.get();
        Comparison before = Comparison.of(exams.subList(0, index));
        boolean worse = before.worseThanBaseline(key, now) || before.worseThanLast(key, now) || asymmetric(exam, key, now);
        return new Cell(now.code(), worse);
    }

    private static boolean asymmetric(Exam exam, FindingKey key, FindingValue now) {
        if (key.code().section() != Section.STRENGTH || !(now instanceof MrcGrade grade)) {
            return false;
        }
        return exam.value(key.code(), key.side().other()).map(o -> Comparison.asymmetric(grade, (MrcGrade) o)).orElse(false);
    }

    public ReadOnlyObjectProperty<Sheet> sheetProperty() { return sheet.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
}
