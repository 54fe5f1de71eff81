package org.bedsideneuro.ui.ncs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.finding.AmplitudeScale;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.Nerve;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.ui.common.Focus;
import org.bedsideneuro.ui.common.Theme;

/**
 * The study form, keyboard first like the exam form: the cursor starts in the laboratory; Tab or Enter moves to
 * the next field, in the report's order (per nerve and side: amplitude, its lower limit, velocity, its lower limit);
 * Ctrl+S saves; Escape cancels. A value below the lower limit beside it is marked as it is typed, and the previous
 * study's value shows under each field.
 */
public final class StudyDialog extends Dialog<Exam> {
    private static final ButtonType SAVE = new ButtonType("Save study", ButtonBar.ButtonData.OK_DONE);
    private static final KeyCombination SAVE_KEYS = KeyCombination.keyCombination("Shortcut+S");
    static final String BELOW = "study-below";

    private final StudyFormViewModel form;
    private final List<TextField> order = new ArrayList<>();

    public StudyDialog(StudyFormViewModel form, Window owner) {
        this.form = form;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(form.title());
        setHeaderText(form.title() + ": type the values from the laboratory's report, each with its lower limit of normal");
        getDialogPane().setId("studyDialog");
        Theme.apply(getDialogPane());

        GridPane top = new GridPane();
        top.getStyleClass().add("form-grid");
        top.addRow(0, new Label("Date"), field("studyDate", form.dateProperty(), 10), new Label("Time"), field("studyTime", form.timeProperty(), 5));
        top.addRow(1, new Label("Laboratory"), field("studyLaboratory", form.laboratoryProperty(), 24), new Label("Examiner"),
                field("studyExaminer", form.examinerProperty(), 18));
        if (form.isAmendment()) {
            // An amendment keeps the study's time and examiner (a new version of the same study).
            order.get(0).setDisable(true);
            order.get(1).setDisable(true);
            order.get(3).setDisable(true);
            top.addRow(2, new Label("Reason"), field("studyReason", form.reasonProperty(), 24));
        }

        GridPane values = new GridPane();
        values.getStyleClass().add("form-grid");
        values.addRow(0, bold("Nerve, side"), bold("Amplitude"), bold("Lower limit"), bold("Velocity (m/s)"), bold("Lower limit"));
        int row = 1;
        for (Nerve nerve : Nerve.values()) {
            for (Side side : Side.values()) {
                values.add(new Label(nerve.label() + " " + nerve.potential() + " (" + nerve.amplitudeUnit() + "), "
                        + side.label().toLowerCase(Locale.ROOT)), 0, row);
                int column = 1;
                for (FindingCode code : List.of(nerve.amplitude(), nerve.amplitudeLowerLimit(), nerve.velocity(), nerve.velocityLowerLimit())) {
                    values.add(cell(form.field(code, side)), column++, row);
                }
                row++;
            }
        }
        Label error = new Label();
        error.setId("studyFormError");
        error.getStyleClass().addAll("form-error");
        error.textProperty().bind(form.formErrorProperty());
        error.setWrapText(true);
        getDialogPane().setContent(new VBox(10, top, values, error));
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("studySave");
        save.disableProperty().bind(form.savingProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.save(this::closeWith);
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        setResultConverter(button -> null);
        setOnShown(e -> {
            getDialogPane().getScene().getWindow().requestFocus();
            Focus.afterNextLayout(order.get(2)); // the laboratory: date and time are usually today, then Enter to the values
        });
        form.load();
    }

    /** Opens the form and waits; the saved study, or empty when cancelled. */
    public static Optional<Exam> open(StudyFormViewModel form, Window owner) {
        return new StudyDialog(form, owner).showAndWait();
    }

    private void closeWith(Exam saved) {
        setResult(saved);
        close();
    }

    /** Ctrl+S saves; Enter moves on to the next field (on a button it presses it). */
    private void keys(KeyEvent e) {
        if (SAVE_KEYS.match(e)) {
            e.consume();
            ((Button) getDialogPane().lookupButton(SAVE)).fire();
            return;
        }
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        Node focused = getDialogPane().getScene().getFocusOwner();
        if (focused instanceof Button button) {
            e.consume();
            button.fire();
            return;
        }
        int at = order.indexOf(focused);
        if (at >= 0) {
            e.consume();
            if (at + 1 < order.size()) {
                order.get(at + 1).requestFocus();
            } else {
                ((Button) getDialogPane().lookupButton(SAVE)).requestFocus();
            }
        }
    }

    private Node cell(StudyField field) {
        TextField input = field("study-" + field.key().columnName().replace('.', '-'), field.textProperty(), 6);
        input.setPromptText(field.key().code().scale() instanceof AmplitudeScale ? "or absent" : "");
        field.belowProperty().addListener((obs, was, below) -> {
            if (below) {
                input.getStyleClass().add(BELOW);
            } else {
                input.getStyleClass().remove(BELOW);
            }
        });
        Label status = new Label();
        status.getStyleClass().add("field-error");
        status.textProperty().bind(field.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(180);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label previous = new Label();
        previous.getStyleClass().add("field-hint");
        previous.textProperty().bind(field.previousProperty());
        previous.managedProperty().bind(previous.textProperty().isNotEmpty());
        return new VBox(1, input, status, previous);
    }

    private TextField field(String id, StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        order.add(field);
        return field;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
