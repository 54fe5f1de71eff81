package org.bedsideneuro.ui.observation;

import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.bedsideneuro.domain.trend.CurrentWarnings;
import org.bedsideneuro.domain.trend.FlagCode;
import org.bedsideneuro.domain.trend.ObservationStatus;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.ward.WardRow;

/**
 * The ward table's observation columns: last observation, latest jerk rate with its direction,
 * due or overdue, and warning signs. Each cell follows the patient's status in the overview map, so a reload of the
 * statuses updates the table without touching the ward's own rows.
 */
final class WardObservationColumns {
    private static final String[] MARKS = {"overdue-mark", "warning-mark", "rate-up", "rate-down", "muted"};

    private WardObservationColumns() {
    }

    static void addTo(TableView<WardRow> table, ObservationOverviewViewModel overview, ClinicalFormats formats) {
        table.getColumns().add(column("Last observation", "obsLastColumn", overview, 155, 155,
                s -> s.optionalLastObserved().map(formats::dateTime).orElse("never"), s -> "",
                Comparator.comparing(ObservationStatus::lastObserved, Comparator.nullsFirst(Comparator.naturalOrder()))));
        table.getColumns().add(column("Jerks/h", "obsRateColumn", overview, 80, 75, WardObservationColumns::rate,
                s -> s.optionalDirection().map(d -> switch (d) {
                    case UP -> "rate-up";
                    case DOWN -> "rate-down";
                    case SAME -> "";
                }).orElse(""),
                Comparator.comparing(ObservationStatus::latestRate, Comparator.nullsFirst(Comparator.naturalOrder()))));
        table.getColumns().add(column("Observation due", "obsDueColumn", overview, 180, 175, s -> due(s, formats),
                s -> s.due() ? "overdue-mark" : "muted",
                Comparator.comparing(ObservationStatus::due).thenComparing(s -> s.overdueBy() == null ? Duration.ZERO : s.overdueBy())));
        table.getColumns().add(column("Warnings", "obsWarningColumn", overview, 100, 90, WardObservationColumns::warnings,
                s -> s.hasWarnings() ? "warning-mark" : "",
                Comparator.comparing((ObservationStatus s) -> s.warnings().size())));
    }

    /** "36.0 ↑": the arrow compares with the previous rate; none for a first count. */
    static String rate(ObservationStatus s) {
        return s.optionalLatestRate().map(r -> r.toPlainString() + s.optionalDirection().map(d -> " " + d.arrow()).orElse("")).orElse("");
    }

    static String due(ObservationStatus s, ClinicalFormats formats) {
        if (s.lastObserved() == null) {
            return "Due: none yet"; // "Last observation" beside it says "never"; short enough for its column
        }
        if (s.due()) {
            long minutes = s.overdueBy().toMinutes();
            return minutes < 1 ? "Due now" : "Overdue " + (minutes >= 60 ? minutes / 60 + " h " : "") + minutes % 60 + " min";
        }
        return "Next " + formats.soon(s.schedule().dueAt(s.lastObserved()));
    }

    static String warnings(ObservationStatus s) {
        return s.warnings().stream().map(w -> w.code() == FlagCode.SEDATION_UNACCEPTABLE ? "⚠ POSS 3/4" : "⚠ OIN signs")
                .collect(Collectors.joining(", "));
    }

    private static TableColumn<WardRow, ObservationStatus> column(String title, String id, ObservationOverviewViewModel overview,
                                                                 double width, double least,
                                                                 Function<ObservationStatus, String> text,
                                                                 Function<ObservationStatus, String> mark,
                                                                 Comparator<ObservationStatus> order) {
        TableColumn<WardRow, ObservationStatus> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(least); // a time or "Overdue 2 h 30 min" whole (see WardView's widths)
        column.setCellValueFactory(c -> Bindings.valueAt(overview.statuses(), c.getValue().patient().id()));
        column.setComparator(Comparator.nullsFirst(order));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ObservationStatus item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(MARKS);
                setTooltip(null);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(item));
                String style = mark.apply(item);
                if (!style.isEmpty()) {
                    getStyleClass().add(style);
                }
                if (item.hasWarnings() && id.equals("obsWarningColumn")) {
                    setTooltip(new Tooltip(item.warnings().stream().map(CurrentWarnings.Warning::values).collect(Collectors.joining("\n"))));
                }
            }
        });
        return column;
    }
}
