package org.bedsideneuro.ui.observation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ObservationSchedule;
import org.bedsideneuro.ui.common.NoticeArea;
import org.bedsideneuro.ui.observation.ObservationTimelineViewModel.Point;

/**
 * The patient page's "Observations" tab: the jerk rate over time with OIN signs as markers, the observations newest
 * first (every version, amended ones marked), Amend on the selected current one, and the observation interval.
 */
final class ObservationTimelineView {
    private final ObservationTimelineViewModel model;
    private final Tab tab = new Tab("Observations");
    private final XYChart.Series<Number, Number> rates = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> signs = new XYChart.Series<>();
    private final Consumer<Exam> onAmend;
    private LineChart<Number, Number> chart;

    /** The tab at once; its chart and table when it is first shown: the first frame of a cold start needs neither. */
    ObservationTimelineView(ObservationTimelineViewModel model, Consumer<Exam> onAmend) {
        this.model = model;
        this.onAmend = onAmend;
        tab.setId("observationsTab");
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && chart == null) {
                build();
            }
        });
    }

    private void build() {
        NumberAxis time = new NumberAxis();
        time.setForceZeroInRange(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number x) { return model.axisLabel(x.doubleValue()); }
            @Override public Number fromString(String s) { return null; }
        });
        NumberAxis perHour = new NumberAxis();
        perHour.setLabel("Jerks per hour");
        chart = new LineChart<>(time, perHour);
        chart.setId("observationChart");
        chart.getStyleClass().add("observation-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        rates.setName("Jerk rate");
        signs.setName("OIN sign or POSS 3/4");
        chart.getData().add(rates);
        chart.getData().add(signs);
        chart.createSymbolsProperty().bind(model.showSymbolsProperty());
        model.ratePoints().addListener((ListChangeListener<Point>) c -> fill(rates, model.ratePoints()));
        model.signMarkers().addListener((ListChangeListener<Point>) c -> fill(signs, model.signMarkers()));
        fill(rates, model.ratePoints());
        fill(signs, model.signMarkers());

        Button amend = new Button("Amend…");
        amend.setId("amendObservation");
        amend.disableProperty().bind(model.canAmend().not());
        amend.setOnAction(e -> {
            ObservationEntry entry = model.selectedProperty().get();
            if (entry != null && entry.isCurrent()) {
                onAmend.accept(entry.recorded().exam());
            }
        });
        Label every = new Label("Observe every");
        every.getStyleClass().add("field-label");
        ComboBox<ObservationSchedule> interval = intervalChoice();
        every.setLabelFor(interval);
        amend.setVisible(model.mayRecord());
        amend.setManaged(model.mayRecord());
        interval.setDisable(!model.mayRecord()); // the interval is shown to everyone, changed by those who observe
        HBox toolbar = new HBox(every, interval, amend);
        toolbar.getStyleClass().add("toolbar-row");

        TableView<ObservationEntry> table = table();
        VBox content = new VBox(toolbar, new NoticeArea(model.noticeProperty()), chart, table);
        content.getStyleClass().add("screen");
        VBox.setVgrow(table, Priority.ALWAYS);
        tab.setContent(content);
    }

    /**
     * Markers get their own node: a chart draws a node given to a point even with symbols off, so the OIN marks stay
     * when a long rate line is drawn without symbols. There are few of them, and each one matters.
     */
    private void fill(XYChart.Series<Number, Number> series, List<Point> points) {
        series.getData().setAll(points.stream().map(p -> {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.x(), p.y());
            if (series == signs) {
                StackPane mark = new StackPane();
                mark.getStyleClass().add("oin-marker");
                Tooltip.install(mark, new Tooltip("OIN sign or POSS 3/4, " + model.axisLabel(p.x())));
                d.setNode(mark);
            }
            return d;
        }).toList());
    }

    private ComboBox<ObservationSchedule> intervalChoice() {
        ComboBox<ObservationSchedule> choice = new ComboBox<>();
        choice.setId("observationInterval");
        choice.getItems().setAll(ObservationTimelineViewModel.choices());
        choice.setConverter(new StringConverter<>() {
            @Override public String toString(ObservationSchedule s) { return s == null ? "" : ObservationTimelineViewModel.label(s); }
            @Override public ObservationSchedule fromString(String s) { return null; }
        });
        choice.setValue(model.scheduleProperty().get());
        model.scheduleProperty().addListener((obs, old, now) -> choice.setValue(now));
        choice.valueProperty().addListener((obs, old, now) -> model.setSchedule(now));
        return choice;
    }

    private TableView<ObservationEntry> table() {
        TableView<ObservationEntry> table = new TableView<>(model.entries());
        table.setId("observationTable");
        table.setPlaceholder(new Label("No observations recorded yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Time", ObservationEntry::time, 150));
        table.getColumns().add(column("Jerks/h", ObservationEntry::rate, 80));
        table.getColumns().add(column("Myoclonus", ObservationEntry::myoclonus, 240));
        table.getColumns().add(column("OIN", ObservationEntry::oin, 200));
        table.getColumns().add(column("By", ObservationEntry::by, 160));
        table.getColumns().add(column("Status", ObservationEntry::status, 160));
        // Newest first is the record's order; sorting by a column would hide it.
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<ObservationEntry, String> column(String title, Function<ObservationEntry, String> value, double width) {
        TableColumn<ObservationEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    Tab tab() {
        return tab;
    }
}
