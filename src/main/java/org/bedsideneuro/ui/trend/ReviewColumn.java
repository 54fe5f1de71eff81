package org.bedsideneuro.ui.trend;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.bedsideneuro.domain.patient.PatientId;

/**
 * The ward list's "Opioid review" column: when the review of a patient on an opioid is due, or since when it is overdue
 * (clinical reference section 8), marked as a warning once overdue. Generic over the row type, as {@link FlagsColumn}.
 */
public final class ReviewColumn {
    private ReviewColumn() {
    }

    public static <R> TableColumn<R, String> create(WardFlags flags, Function<R, PatientId> patientOf) {
        TableColumn<R, String> column = new TableColumn<>("Opioid review");
        column.setId("wardReviewColumn");
        column.setPrefWidth(150);
        column.setMinWidth(110);
        column.setCellValueFactory(c -> Bindings.valueAt(flags.reviews(), patientOf.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("ward-flags");
                if (empty || item == null) {
                    setText(empty ? null : "");
                    setTooltip(null);
                    return;
                }
                boolean overdue = item.contains("overdue");
                if (overdue) {
                    getStyleClass().add("ward-flags");
                }
                setText((overdue ? "⚑ " : "") + item.replace("Review ", ""));
                setTooltip(new Tooltip(item + ": 4 weeks after an opioid starts or escalates, then every 3 months"
                        + " (CDC 2022 rec. 7; seed 004; clinical reference section 8)"));
            }
        });
        return column;
    }
}
