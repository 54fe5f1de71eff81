package org.bedsideneuro.ui.exam;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.ui.common.NoticeArea;

/**
 * The exam form screen: title and actions on top, the sections in bedside order in the middle, the live scores at the
 * bottom. Ctrl+S saves from anywhere in it. Only binds to {@link ExamFormViewModel}; every rule lives there.
 */
public final class ExamFormView extends BorderPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ExamFormViewModel model;
    private final CellNavigation navigation = new CellNavigation();
    private final TextField reason = new TextField();

    public ExamFormView(ExamFormViewModel model) {
        this.model = model;
        getStyleClass().add("exam-form");
        setId("examForm");
        setTop(top());
        setCenter(sections());
        setBottom(scores());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                model.save();
            }
        });
    }

    private VBox top() {
        Label title = new Label();
        title.setId("examTitle");
        title.getStyleClass().add("findings-title");
        title.textProperty().bind(model.titleProperty());

        Button copy = button("examCopyLast", "Copy from last exam");
        copy.disableProperty().bind(model.editableBinding().not().or(model.hasLastExamProperty().not()));
        copy.setOnAction(e -> model.copyFromLast());
        Button amend = button("examAmend", "Amend");
        amend.disableProperty().bind(model.canAmendBinding().not());
        // The window hides what a role cannot do: a nurse reads exams, never amends or signs them.
        show(amend, model.mayExamine());
        amend.setOnAction(e -> {
            model.amend();
            reason.requestFocus();
        });
        Button save = button("examSave", "Save (Ctrl+S)");
        save.getStyleClass().add("primary");
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(e -> model.save());
        Button saveAndSign = button("examSaveAndSign", "Save and sign\u2026");
        saveAndSign.disableProperty().bind(model.canSaveAndSignBinding().not());
        saveAndSign.setOnAction(e -> SignDialog.ask(getScene().getWindow(), "Save and sign this exam", model.clinician.signature(),
                model::saveAndSign));
        show(saveAndSign, model.maySign());
        Button sign = button("examSign", "Sign\u2026");
        sign.disableProperty().bind(model.canSignBinding().not());
        sign.visibleProperty().bind(model.canSignBinding());
        sign.managedProperty().bind(model.canSignBinding());
        sign.setOnAction(e -> SignDialog.ask(getScene().getWindow(), "Sign this saved exam", model.clinician.signature(), model::sign));

        reason.setId("examReason");
        reason.setPromptText("Reason for the amendment (required)");
        reason.getStyleClass().add("exam-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        var amending = Bindings.createBooleanBinding(() -> model.modeProperty().get() == FormMode.AMEND, model.modeProperty());
        reason.visibleProperty().bind(amending);
        reason.managedProperty().bind(amending);
        HBox.setHgrow(reason, Priority.ALWAYS);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox actions = new HBox(copy, amend, reason, spacer, sign, save, saveAndSign);
        actions.getStyleClass().add("toolbar-row");

        Label problems = new Label();
        problems.setId("examProblems");
        problems.getStyleClass().add("form-error");
        problems.textProperty().bind(model.problemsProperty());
        problems.managedProperty().bind(model.problemsProperty().isNotEmpty());
        problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());

        Label signature = new Label();
        signature.setId("examSignature");
        signature.getStyleClass().add("exam-signature");
        signature.setWrapText(true);
        signature.textProperty().bind(model.signatureTextProperty());
        signature.managedProperty().bind(model.signatureTextProperty().isNotEmpty());
        signature.visibleProperty().bind(model.signatureTextProperty().isNotEmpty());

        NoticeArea notice = new NoticeArea(model.noticeProperty());
        notice.setId("examNotice");
        VBox top = new VBox(title, signature, notice, actions, problems);
        top.getStyleClass().add("exam-form-top");
        return top;
    }

    private ScrollPane sections() {
        VBox content = new VBox();
        content.getStyleClass().add("exam-sections");
        for (SectionModel section : model.sections()) {
            if (section.section() == Section.REVIEW) {
                Label context = new Label();
                context.setId("examReviewContext");
                context.setWrapText(true);
                context.getStyleClass().add("muted");
                context.textProperty().bind(model.reviewContextProperty());
                content.getChildren().add(context);
            }
            SectionView view = new SectionView(section, model.editableBinding());
            navigation.addRows(view.rows());
            content.getChildren().add(view);
        }
        Label noteLabel = new Label("Note");
        noteLabel.getStyleClass().add("exam-section-title");
        TextArea note = new TextArea();
        note.setId("examNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        note.editableProperty().bind(model.editableBinding());
        content.getChildren().addAll(noteLabel, note);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox scores() {
        Label mrc = scoreLabel("examMrcSum", model.scores().mrcSumText());
        Label distal = scoreLabel("examDistal", model.scores().distalText());
        Label reflexes = scoreLabel("examReflexes", model.scores().reflexText());
        Label peg = scoreLabel("examPeg", model.scores().pegText());
        Label how = new Label("Scores are recomputed from the recorded findings wherever the exam is shown.");
        how.getStyleClass().add("muted");
        VBox box = new VBox(mrc, distal, reflexes, peg, how);
        box.getStyleClass().add("exam-scores");
        return box;
    }

    private static Label scoreLabel(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static void show(Button button, boolean allowed) {
        button.setVisible(allowed);
        button.setManaged(allowed);
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    /** The first cell (left ankle dorsiflexion): where the keyboard goes when a new exam opens. */
    public TextField firstCell() {
        return navigation.first();
    }
}
