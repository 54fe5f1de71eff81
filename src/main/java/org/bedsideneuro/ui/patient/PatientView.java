package org.bedsideneuro.ui.patient;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bedsideneuro.ui.common.NoticeArea;

/** The patient page. Back (or Escape) returns to the ward. */
public final class PatientView extends BorderPane {
    private static final String[] STATUS_CLASSES = {"exam-amended", "exam-voided"};

    private final PatientViewModel model;
    private final TableView<HistoryEntry> history = new TableView<>();
    private final VBox findingGroups = new VBox();
    private final TabPane tabs = new TabPane();
    private final HBox actions = new HBox();
    private final VBox body;

    public PatientView(PatientViewModel model, Runnable onBack) {
        this.model = model;
        getStyleClass().add("patient-screen");
        setTop(top(onBack));

        SplitPane split = new SplitPane(historyTable(), findingsPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66); // the history table needs its full times; findings fit in the rest
        Tab historyTab = new Tab("History", split);
        historyTab.setId("historyTab");
        historyTab.setClosable(false);
        tabs.getTabs().add(historyTab);
        tabs.setId("patientTabs");
        body = new VBox(new NoticeArea(model.noticeProperty()), tabs);
        body.getStyleClass().add("screen");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setCenter(body);

        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onBack.run();
            }
        });
    }

    /** The patient's identity on top, the actions (new exam, observation, summary...) in a row of their own below it. */
    private VBox top(Runnable onBack) {
        actions.setId("patientActions");
        actions.getStyleClass().add("patient-actions");
        VBox top = new VBox(header(onBack), actions);
        top.getStyleClass().add("patient-top");
        return top;
    }

    private GridPane header(Runnable onBack) {
        Button back = new Button("← Ward");
        back.setId("patientBack");
        back.setOnAction(e -> onBack.run());

        Label name = label("patientName", "patient-name", model.nameText());
        GridPane header = new GridPane();
        header.getStyleClass().add("patient-header");
        header.add(back, 0, 0, 1, 2);
        header.add(name, 1, 0, 4, 1);
        header.add(label("patientMrn", "header-fact", model.mrnText()), 1, 1);
        header.add(label("patientBorn", "header-fact", model.bornText()), 2, 1);
        header.add(label("patientSex", "header-fact", model.sexText()), 3, 1);
        header.add(label("patientLocation", "header-fact", model.locationText()), 4, 1);
        // The patient's name, MRN and bed must never be cut to "MRN DEMO-0...": they keep their full width.
        header.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return header;
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.textProperty().bind(text);
        return label;
    }

    private TableView<HistoryEntry> historyTable() {
        history.setId("patientHistory");
        history.setPlaceholder(new Label("No exams or observations recorded yet."));
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The time and the kind are never cut short; the clinician, the status and the signature give way first (the
        // selected record's whole text is in the pane beside the table).
        history.getColumns().add(column("Time", HistoryEntry::time, 155, 155));
        history.getColumns().add(column("Kind", HistoryEntry::kind, 125, 120));
        history.getColumns().add(column("Clinician", HistoryEntry::clinician, 200, 170));
        TableColumn<HistoryEntry, Integer> count = new TableColumn<>("Findings");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().findingCount()));
        count.setPrefWidth(80);
        count.setMinWidth(80);
        history.getColumns().add(count);
        history.getColumns().add(column("Status", HistoryEntry::status, 150, 110));
        // 21 CFR 11.50: the signature's printed name, time and meaning wherever the exam is shown.
        history.getColumns().add(column("Signature", HistoryEntry::signatureText, 200, 100));
        // The order is the record's order (newest first); sorting by a column would hide that, so it is off.
        history.getColumns().forEach(c -> c.setSortable(false));
        history.setItems(model.history());
        history.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(STATUS_CLASSES);
                if (!empty && item != null && !item.styleClass().isEmpty()) {
                    getStyleClass().add(item.styleClass());
                }
            }
        });

        // Two-way between the table's selection and the model's: the model picks the newest on load.
        history.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != history.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    history.getSelectionModel().clearSelection();
                } else {
                    history.getSelectionModel().select(now);
                }
            }
        });
        return history;
    }

    private static TableColumn<HistoryEntry, String> column(String title, Function<HistoryEntry, String> value,
                                                            double width, double least) {
        TableColumn<HistoryEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(least);
        return column;
    }

    private ScrollPane findingsPane() {
        Label title = new Label();
        title.setId("selectedExamTitle");
        title.getStyleClass().add("findings-title");
        title.setWrapText(true);
        title.textProperty().bind(model.selectedTitle());
        Label note = new Label();
        note.setId("selectedExamNote");
        note.getStyleClass().add("exam-note");
        note.textProperty().bind(model.selectedNote());
        note.managedProperty().bind(model.selectedNote().isNotEmpty());
        note.visibleProperty().bind(model.selectedNote().isNotEmpty());

        Label signature = new Label();
        signature.setId("selectedExamSignature");
        signature.getStyleClass().add("exam-signature");
        signature.setWrapText(true);
        signature.textProperty().bind(model.selectedSignature());
        signature.managedProperty().bind(model.selectedSignature().isNotEmpty());
        signature.visibleProperty().bind(model.selectedSignature().isNotEmpty());

        findingGroups.setId("patientFindings");
        model.selectedFindings().addListener((ListChangeListener<FindingGroup>) c -> showFindings());
        showFindings();

        VBox pane = new VBox(title, signature, note, findingGroups);
        pane.getStyleClass().add("findings-pane");
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Rebuilt on each selection: a handful of labels, cheaper and clearer than a nested table. */
    private void showFindings() {
        findingGroups.getChildren().clear();
        for (FindingGroup group : model.selectedFindings()) {
            Label title = new Label(group.title());
            title.getStyleClass().add("section-title");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("finding-grid");
            int row = 0;
            for (FindingLine line : group.lines()) {
                Label finding = new Label(line.finding());
                finding.setWrapText(true);
                Label side = new Label(line.side());
                side.getStyleClass().add("finding-side");
                Label value = new Label(line.value());
                value.getStyleClass().add("finding-value");
                // A long muscle name may wrap; the side and the value must never be cut to "Ri...".
                side.setMinWidth(Region.USE_PREF_SIZE);
                value.setMinWidth(Region.USE_PREF_SIZE);
                grid.addRow(row, finding, side, value);
                if (!line.note().isEmpty()) {
                    Label note = new Label(line.note());
                    note.getStyleClass().add("exam-note");
                    grid.add(note, 3, row);
                }
                row++;
            }
            findingGroups.getChildren().addAll(title, grid);
        }
    }

    /** Adds a button to the page's action bar (new exam, observation, print...): features plug in here. */
    public void addAction(Node action) {
        actions.getChildren().add(action);
    }

    /** Adds a tab beside "History" (trend, orders, flowsheet...): features plug in here. */
    public void addTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /** Adds a strip above the tabs (the flags banner): features plug in here. */
    public void addBanner(Node banner) {
        body.getChildren().add(body.getChildren().indexOf(tabs), banner);
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The history list: where the keyboard goes when the page opens, so arrows move between exams at once. */
    public Node historyList() {
        return history;
    }
}
