package org.bedsideneuro.ui.exam;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.Section;

/**
 * One cell of the exam form: a finding and side, the text typed for it, what that text means, and what it is
 * compared with (baseline, last exam). The text is the truth (drafts keep it as typed); the value follows from it.
 * The error is set by the form, not here, because one rule (a reflex 0 needs reinforcement) spans two cells.
 */
public final class FindingField {
    private final FindingKey key;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper worse = new ReadOnlyBooleanWrapper(this, "worse");
    private final ReadOnlyBooleanWrapper asymmetric = new ReadOnlyBooleanWrapper(this, "asymmetric");
    private final ReadOnlyStringWrapper comparisonText = new ReadOnlyStringWrapper(this, "comparisonText", "");
    private Comparison comparison = Comparison.none();
    /** The text "Copy from last exam" put here, or null: a cell that differs from it is highlighted. */
    private String copied;

    FindingField(FindingKey key) {
        this.key = key;
        text.addListener((obs, old, now) -> refresh());
    }

    public FindingKey key() {
        return key;
    }

    /** The typed value, if the text is a valid one; empty when blank or invalid. */
    public Optional<FindingValue> value() {
        return TypedValue.parse(key.code(), text.get()).value();
    }

    /** The parse error alone (the form adds rules across cells). */
    String parseError() {
        return TypedValue.parse(key.code(), text.get()).error();
    }

    Optional<Finding> finding() {
        return value().map(v -> new Finding(key.code(), key.side(), v));
    }

    boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    void setAsymmetric(boolean value) {
        asymmetric.set(value);
    }

    void compareWith(Comparison with) {
        comparison = with;
        String baseline = with.baseline(key).map(FindingValue::code).orElse("–");
        String last = with.last(key).map(FindingValue::code).orElse("–");
        if (key.code().section() == Section.REVIEW) {
            // A review's decision has no baseline: the last review is what it follows.
            comparisonText.set(with.last(key).map(v -> "last review " + v.code()).orElse(""));
        } else {
            comparisonText.set(with.baseline(key).isEmpty() ? "" : "baseline " + baseline + " · last " + last);
        }
        refresh();
    }

    void markCopied(String copiedText) {
        copied = copiedText;
        refresh();
    }

    private void refresh() {
        String now = text.get() == null ? "" : text.get().strip();
        changed.set(copied != null && !copied.equals(now));
        worse.set(value().map(v -> comparison.worseThanBaseline(key, v) || comparison.worseThanLast(key, v)).orElse(false));
    }

    public StringProperty textProperty() { return text; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** Differs from what "Copy from last exam" filled in. */
    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }
    /** Worse than the baseline or the last exam (Comparison.worsened). */
    public ReadOnlyBooleanProperty worseProperty() { return worse.getReadOnlyProperty(); }
    /** Strength: left and right differ by two full grades or more. */
    public ReadOnlyBooleanProperty asymmetricProperty() { return asymmetric.getReadOnlyProperty(); }
    /** "baseline 5 · last 4+", or empty when never recorded before. */
    public ReadOnlyStringProperty comparisonTextProperty() { return comparisonText.getReadOnlyProperty(); }
}
