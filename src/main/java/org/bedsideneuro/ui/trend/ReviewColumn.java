package org.bedsideneuro.ui.trend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
        // Narrow, so that the Warnings column (OIN signs) stays on a 1366-pixel screen: the dates are in the tooltip.
        column.setPrefWidth(105);
        column.setMinWidth(90);
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
                setText(overdue ? "⚑ overdue" : shortDue(item));
                setTooltip(new Tooltip(item + ": 4 weeks after an opioid starts or escalates, then every 3 months"
                        + " (CDC 2022 rec. 7; seed 004; clinical reference section 8)"));
            }
        });
        return column;
    }

    /** "Review due 2027-01-19" as "due 19 Jan", with the year when it is not this year's. */
    static String shortDue(String item) {
        String text = item.replace("Review ", "");
        try {
            LocalDate due = LocalDate.parse(text.substring(text.lastIndexOf(' ') + 1));
            String pattern = due.getYear() == LocalDate.now().getYear() ? "d MMM" : "d MMM yyyy";
            return "due " + due.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
        } catch (RuntimeException e) {
            return text; // not the domain's wording: shown as it is
        }
    }
}
