package org.bedsideneuro.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A strip that shows the current {@link Notice} of a screen and hides itself when there is none. The clinician
 * dismisses it; it never blocks the screen the way a modal dialog would in the middle of an exam.
 */
public final class NoticeArea extends HBox {
    private static final String INFO = "notice-info";
    private static final String PROBLEM = "notice-problem";

    private final Label text = new Label();

    public NoticeArea(ObjectProperty<Notice> notice) {
        getStyleClass().add("notice-area");
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("notice-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE); // a long message wraps; the button keeps its word
        dismiss.setOnAction(e -> notice.set(null));
        getChildren().addAll(text, dismiss);
        show(notice.get());
        notice.addListener((obs, old, now) -> show(now));
    }

    private void show(Notice notice) {
        getStyleClass().removeAll(INFO, PROBLEM);
        boolean present = notice != null;
        setVisible(present);
        setManaged(present);
        text.setText(present ? notice.text() : "");
        if (present) {
            getStyleClass().add(notice.kind() == Notice.Kind.PROBLEM ? PROBLEM : INFO);
        }
    }

    /** The label showing the text; for tests and accessibility wiring. */
    public Label textLabel() {
        return text;
    }
}
