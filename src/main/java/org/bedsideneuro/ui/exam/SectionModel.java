package org.bedsideneuro.ui.exam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;

/**
 * One section of the exam form (strength, reflexes, ...): its rows in bedside order (FindingCode's order), whether
 * anything in it was examined, and its "Normal" shortcut.
 */
public final class SectionModel {
    private final Section section;
    private final List<Row> rows = new ArrayList<>();
    private final BooleanBinding notExamined;
    private final StringBinding header;

    SectionModel(Section section, Map<FindingKey, FindingField> fields) {
        this.section = section;
        List<FindingField> all = new ArrayList<>();
        for (FindingCode code : FindingCode.inSection(section)) {
            List<FindingField> cells = new ArrayList<>();
            if (code.sided()) {
                cells.add(fields.get(FindingKey.of(code, Side.LEFT)));
                cells.add(fields.get(FindingKey.of(code, Side.RIGHT)));
            } else {
                cells.add(fields.get(FindingKey.of(code)));
            }
            rows.add(new Row(code, List.copyOf(cells)));
            all.addAll(cells);
        }
        notExamined = Bindings.createBooleanBinding(() -> all.stream().allMatch(FindingField::isBlank),
                all.stream().map(FindingField::textProperty).toArray(Observable[]::new));
        // "not examined" is said in words: an empty section must never read as a normal one.
        header = Bindings.when(notExamined).then(section.label() + " · not examined").otherwise(section.label());
    }

    /** One line of a section: a finding with its left and right cells, or one cell when it has no side. */
    public record Row(FindingCode code, List<FindingField> cells) {
    }

    /** Fills every blank cell that has a normal value; typed cells are kept, so "Normal" also finishes a section. */
    public void normal() {
        for (Row row : rows) {
            NormalValues.of(row.code()).ifPresent(normal -> row.cells().stream()
                    .filter(FindingField::isBlank).forEach(cell -> cell.textProperty().set(normal)));
        }
    }

    public boolean hasNormal() {
        return rows.stream().anyMatch(r -> NormalValues.of(r.code()).isPresent());
    }

    public Section section() { return section; }
    public List<Row> rows() { return List.copyOf(rows); }
    public BooleanBinding notExaminedBinding() { return notExamined; }
    public StringBinding headerText() { return header; }
}
