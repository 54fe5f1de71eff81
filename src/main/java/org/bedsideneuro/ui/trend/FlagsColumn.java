package org.bedsideneuro.ui.trend;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.domain.trend.Flag;

/**
 * The ward list's "Flags" column: a flag icon and the count of the last seven days' flags, the codes on hover.
 * Generic over the row type, so the trend screen does not reach into the ward screen; the shell wires it.
 */
public final class FlagsColumn {
    private FlagsColumn() {
    }

    public static <R> TableColumn<R, List<Flag>> create(WardFlags flags, Function<R, PatientId> patientOf) {
        TableColumn<R, List<Flag>> column = new TableColumn<>("Flags (7 d)");
        column.setId("wardFlagsColumn");
        column.setPrefWidth(100);
        column.setMinWidth(100); // its header, "Flags (7 d)", whole
        column.setCellValueFactory(c -> Bindings.valueAt(flags.recent(), patientOf.apply(c.getValue())));
        column.setComparator((a, b) -> Integer.compare(a == null ? 0 : a.size(), b == null ? 0 : b.size()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(List<Flag> item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("ward-flags");
                if (empty || item == null || item.isEmpty()) {
                    setText(empty || item == null ? null : "");
                    setTooltip(null);
                    return;
                }
                getStyleClass().add("ward-flags");
                setText("⚑ " + item.size());
                setTooltip(new Tooltip(item.stream().map(f -> f.date() + " " + f.title()).collect(Collectors.joining("\n"))));
            }
        });
        return column;
    }
}
