package org.bedsideneuro.ui.ncs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.FindingValue;
import org.bedsideneuro.domain.finding.InvalidFindingException;
import org.bedsideneuro.domain.finding.Side;

/**
 * One typed value of the study form (an amplitude, a velocity or a lower limit, one nerve and side): its text, what is
 * wrong with it or how it stands against its lower limit as it is typed, and the previous study's value beside it.
 */
public final class StudyField {
    private final FindingKey key;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper below = new ReadOnlyBooleanWrapper(this, "below");
    private final ReadOnlyBooleanWrapper invalid = new ReadOnlyBooleanWrapper(this, "invalid");
    private final ReadOnlyStringWrapper previous = new ReadOnlyStringWrapper(this, "previous", "");

    StudyField(FindingCode code, Side side) {
        this.key = FindingKey.of(code, side);
    }

    public FindingKey key() { return key; }
    public StringProperty textProperty() { return text; }
    /** "below its lower limit", "lower limit not recorded", or what is wrong with the text; empty when fine or empty. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** True while the typed value is below the lower limit typed beside it: marked as typed. */
    public ReadOnlyBooleanProperty belowProperty() { return below.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty invalidProperty() { return invalid.getReadOnlyProperty(); }
    /** The previous study's value of this nerve, side and measure, with its date; empty when there is none. */
    public ReadOnlyStringProperty previousProperty() { return previous.getReadOnlyProperty(); }

    boolean isEmpty() {
        return text.get() == null || text.get().isBlank();
    }

    /** The parsed value, or null when empty; throws {@link InvalidFindingException} with the clinician's message. */
    FindingValue parse() {
        return isEmpty() ? null : key.code().parseValue(text.get());
    }

    void show(String statusText, boolean isBelow, boolean isInvalid) {
        status.set(statusText);
        below.set(isBelow);
        invalid.set(isInvalid);
    }

    void showPrevious(String text) {
        previous.set(text);
    }
}
