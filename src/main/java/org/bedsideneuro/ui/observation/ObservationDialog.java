package org.bedsideneuro.ui.observation;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.QuickObservation;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.ui.common.FieldValidation;
import org.bedsideneuro.ui.common.Focus;
import org.bedsideneuro.ui.common.PainFields;
import org.bedsideneuro.ui.common.Theme;

/**
 * The quick observation, made for a nurse with 15 seconds: the cursor starts in the jerk count, the window is
 * already 5 minutes, Enter saves from anywhere but a button, Escape cancels (the draft is kept). The result is the
 * saved version, or empty when cancelled.
 */
public final class ObservationDialog extends Dialog<Exam> {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType NONE_SEEN = new ButtonType("No myoclonus seen (" + QuickObservation.DEFAULT_WINDOW_MINUTES + " min)",
            ButtonBar.ButtonData.LEFT);

    /** Title, header, error line and buttons: what the screen must leave room for beside the scrolling items. */
    private static final double SPACE_OUTSIDE_ITEMS = 260;

    private final ObservationFormViewModel form;
    private final GridPane grid = new GridPane();
    private final DatePicker date = new DatePicker();
    private int row;

    public ObservationDialog(ObservationFormViewModel form, Window owner) {
        this.form = form;
        ObservationFields fields = form.fields();
        initOwner(owner);
        setTitle(form.title());
        setHeaderText(form.title());
        getDialogPane().setId("observationDialog");
        getDialogPane().getStyleClass().add("observation-form");
        Theme.apply(getDialogPane());
        grid.getStyleClass().add("form-grid");

        TextField count = field("obsCount", fields.count, 6);
        count.setPromptText("0");
        TextField window = field("obsWindow", fields.window, 3);
        Label rate = new Label();
        rate.setId("obsRate");
        rate.getStyleClass().add("rate-live");
        rate.textProperty().bind(form.rateText());
        addRow("Jerks counted", new HBox(8, count, new Label("in"), window, new Label("min"), rate),
                form.countErrorProperty(), form.windowErrorProperty());
        FieldValidation.mark(count, form.countErrorProperty());
        FieldValidation.mark(window, form.windowErrorProperty());

        date.setId("obsDate");
        date.valueProperty().bindBidirectional(fields.date);
        date.setPrefWidth(150);
        TextField time = field("obsTime", fields.time, 5);
        date.setDisable(form.isAmendment()); // an amendment keeps the time of the observation (Exam.amend)
        time.setDisable(form.isAmendment());
        addRow("Time", new HBox(8, date, time), form.timeErrorProperty());
        FieldValidation.mark(time, form.timeErrorProperty());

        // Two rows, so that every item keeps its whole name on a 1366-pixel screen.
        addRow("PEG, past week (0-10)", painBoxes(fields.pain, 0, 3, true), fields.pain.errorProperty());
        addRow("Pain now, NRS (0-10)", painBoxes(fields.pain, 3, 5, false));
        addChoice("Distribution", FindingCode.DISTRIBUTION, form.distributionErrorProperty());
        addRow("Regions", new BodyRegionPicker(fields.regions));
        addChoice("Amplitude", FindingCode.AMPLITUDE);
        addChoice("Stimulus-sensitive", FindingCode.STIMULUS_SENSITIVE);
        addChoice("Context", FindingCode.CONTEXT);
        addChoice("Sedation (POSS)", FindingCode.SEDATION_POSS);
        addChoice("Delirium (CAM)", FindingCode.DELIRIUM_CAM);
        addChoice("Hallucinations", FindingCode.HALLUCINATIONS);
        addChoice("Hyperalgesia", FindingCode.HYPERALGESIA);
        addChoice("Allodynia", FindingCode.ALLODYNIA);
        addChoice("Seizure", FindingCode.SEIZURE);
        addRow("Note", field("obsNote", fields.note, 30));
        if (form.isAmendment()) {
            addRow("Reason for the amendment", field("obsReason", fields.reason, 30), form.reasonErrorProperty());
        }

        Label formError = errorLabel("obsFormError", form.formErrorProperty());
        formError.getStyleClass().setAll("label", "form-error");
        // On a small laptop screen the items scroll and Save stays in view (the buttons sit below the content).
        ScrollPane items = new ScrollPane(grid);
        items.setFitToWidth(true);
        items.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        items.getStyleClass().add("edge-to-edge");
        items.setMaxHeight(Math.max(300, Screen.getPrimary().getVisualBounds().getHeight() - SPACE_OUTSIDE_ITEMS));
        items.setPrefViewportHeight(grid.prefHeight(-1));
        grid.heightProperty().addListener((obs, old, now) -> items.setPrefViewportHeight(grid.prefHeight(-1)));
        getDialogPane().setContent(new VBox(draftBanner(), items, formError));
        getDialogPane().getButtonTypes().addAll(form.isAmendment() ? new ButtonType[] {SAVE, ButtonType.CANCEL}
                : new ButtonType[] {SAVE, NONE_SEEN, ButtonType.CANCEL});
        wireButtons();
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::enterSaves);
        setResultConverter(button -> null);
        setOnShown(e -> {
            // The window itself first: a stage shown headless (and on some window managers) is not focused by itself.
            getDialogPane().getScene().getWindow().requestFocus();
            Focus.afterNextLayout(count);
        });
        setOnHidden(e -> {
            if (getResult() == null) {
                form.keepDraft(); // cancelled: what was typed is offered back next time
            }
        });
        form.offerEarlierDraft();
    }

    /** Opens the form and waits; the saved version, or empty when cancelled. */
    public static Optional<Exam> open(ObservationFormViewModel form, Window owner) {
        return new ObservationDialog(form, owner).showAndWait();
    }

    private void wireButtons() {
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("obsSave");
        save.disableProperty().bind(form.savingProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            commitTypedDate();
            form.save(this::closeWith);
        });
        Button noneSeen = (Button) getDialogPane().lookupButton(NONE_SEEN);
        if (noneSeen != null) {
            noneSeen.setId("obsNoMyoclonus");
            noneSeen.disableProperty().bind(form.savingProperty());
            noneSeen.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume();
                commitTypedDate();
                form.saveNoMyoclonusSeen(this::closeWith);
            });
        }
    }

    private void closeWith(Exam saved) {
        setResult(saved);
        close();
    }

    /** Enter saves, wherever the cursor is; on a focused button (Cancel, "No myoclonus seen") it presses that button. */
    private void enterSaves(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        e.consume();
        Node focused = getDialogPane().getScene().getFocusOwner();
        if (focused instanceof Button button) {
            button.fire();
        } else {
            ((Button) getDialogPane().lookupButton(SAVE)).fire();
        }
    }

    private Node draftBanner() {
        Label notice = new Label();
        notice.setId("obsDraftNotice");
        notice.textProperty().bind(form.draftNoticeProperty());
        Button discard = new Button("Discard draft");
        discard.setId("obsDiscardDraft");
        discard.setOnAction(e -> form.discardDraft());
        HBox banner = new HBox(12, notice, discard);
        banner.getStyleClass().add("draft-notice");
        banner.visibleProperty().bind(form.draftNoticeProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private void addChoice(String caption, FindingCode code, ObservableStringValue... errors) {
        ObservationFields fields = form.fields();
        String id = "obs-" + code.code().substring(code.code().indexOf('.') + 1);
        addRow(caption, new ChoiceRow(id, ObservationFields.choices(code), ObservationFields.shortLabel(code), fields.item(code)), errors);
    }

    private void addRow(String caption, Node input, ObservableStringValue... errors) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        VBox cell = new VBox(input);
        Control marked = input instanceof ChoiceRow choices ? choices.segments() : input instanceof Control c ? c : null;
        if (marked != null && errors.length > 0) {
            FieldValidation.mark(marked, errors[0]);
        }
        for (ObservableStringValue error : errors) {
            Label line = errorLabel(null, error);
            line.visibleProperty().bind(line.textProperty().isNotEmpty());
            line.managedProperty().bind(line.visibleProperty());
            // A message makes the form taller: grow the window so Save stays on screen.
            error.addListener((obs, old, now) -> {
                if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                    getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
            cell.getChildren().add(line);
        }
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        row++;
    }

    /** One small box per pain item (0-10), Tab from one to the next; the PEG score beside its three items. */
    private static Node painBoxes(PainFields pain, int from, int to, boolean withScore) {
        HBox boxes = new HBox(8);
        for (FindingCode code : pain.codes().subList(from, to)) {
            TextField box = field("obs-" + code.code().substring(code.code().indexOf('.') + 1), pain.text(code), 3);
            box.setPromptText("0-10");
            box.setAccessibleText(code.label());
            Label name = new Label(PainFields.shortName(code));
            name.setMinWidth(Region.USE_PREF_SIZE);
            box.setMinWidth(Region.USE_PREF_SIZE);
            boxes.getChildren().addAll(name, box);
        }
        if (withScore) {
            Label score = new Label();
            score.setId("obsPegScore");
            score.getStyleClass().add("rate-live");
            score.textProperty().bind(pain.pegText());
            boxes.getChildren().add(score);
        }
        return boxes;
    }

    private static Label errorLabel(String id, ObservableStringValue text) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add("field-error");
        label.textProperty().bind(text);
        return label;
    }

    private static TextField field(String id, StringProperty property, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A date typed but not confirmed with Enter (Enter saves here) still counts. */
    private void commitTypedDate() {
        String text = date.getEditor().getText();
        try {
            if (text != null && !text.isBlank()) {
                date.setValue(date.getConverter().fromString(text));
            }
        } catch (DateTimeParseException e) {
            date.setValue(null); // the form then says "Date: required"
        }
    }
}
