package org.bedsideneuro.ui.ward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.NoticeArea;

/**
 * The ward screen. Keyboard first: type in the search box, Down or Enter moves into the list (Enter opens the
 * patient straight away when the search leaves just one), Enter or a double-click on a row opens it.
 */
public final class WardView extends BorderPane {
    private final HBox toolbar = new HBox();
    private final WardViewModel model;
    private final Consumer<Patient> onOpenPatient;
    private final TextField search = new TextField();
    private final TableView<WardRow> table = new TableView<>();
    private final VBox top;
    private final Label recording = new Label();

    public WardView(WardViewModel model, Consumer<Patient> onOpenPatient) {
        this.model = model;
        this.onOpenPatient = onOpenPatient;
        getStyleClass().add("ward-screen");

        Label title = new Label("Ward");
        title.getStyleClass().add("screen-title");
        recording.setText(model.recordingClinicianText());
        recording.setId("recordingClinician");
        recording.getStyleClass().add("recording-clinician");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, recording);
        header.getStyleClass().add("screen-header");

        top = new VBox(header);
        setTop(top);

        VBox body = new VBox(toolbar(), new NoticeArea(model.noticeProperty()), table());
        body.getStyleClass().add("screen");
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(body);
    }

    /** Reloads the ward (someone saved elsewhere) keeping the selected patient selected. */
    public void refreshKeepingSelection() {
        Optional<Patient> before = selected();
        model.refresh(() -> before.flatMap(p -> model.rowFor(p.id())).ifPresent(row -> table.getSelectionModel().select(row)));
    }

    /** Adds a button to the ward toolbar, before "Add patient" (e.g. a quick observation): features plug in here. */
    public void addAction(Node action) {
        keepWholeWords(action);
        toolbar.getChildren().add(toolbar.getChildren().indexOf(lookup("#addPatient")), action);
    }

    /**
     * On a narrow window the search box gives way and every button keeps its whole name: "Add pati…" is not a
     * button a nurse can trust.
     */
    private static void keepWholeWords(Node node) {
        if (node instanceof Region region && !"wardSearch".equals(node.getId())) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** The ward table, for features that add a column (last observation, overdue marks). */
    public TableView<WardRow> wardTable() {
        return table;
    }

    /** Whether the header says who is recording; a shell that says who is logged in hides it (said once). */
    public void showWhoIsRecording(boolean shown) {
        recording.setVisible(shown);
        recording.setManaged(shown);
    }

    /** Lets the shell put a banner under the header. */
    public void addBanner(Node banner) {
        top.getChildren().add(banner);
    }

    private HBox toolbar() {
        search.setId("wardSearch");
        search.getStyleClass().add("search-field");
        search.setPromptText("Search name, MRN or bed");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKeys);

        Label searchLabel = new Label("Find");
        searchLabel.getStyleClass().add("field-label");
        searchLabel.setLabelFor(search);

        Label count = new Label();
        count.setId("wardCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countTextBinding());

        Button add = new Button("Add patient");
        add.setId("addPatient");
        add.setOnAction(e -> openForm(model.newPatientForm()));

        Button edit = new Button("Edit patient");
        edit.setId("editPatient");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> selected().ifPresent(p -> openForm(model.editPatientForm(p))));

        Button open = new Button("Open");
        open.setId("openPatient");
        open.getStyleClass().add("primary");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());

        // The window hides what a role cannot do; the repository refuses it anyway.
        for (Button b : new Button[] {add, edit}) {
            b.setVisible(model.mayRegisterPatients());
            b.setManaged(model.mayRegisterPatients());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar.getChildren().setAll(searchLabel, search, count, spacer, add, edit, open);
        toolbar.getChildren().stream().filter(n -> n != spacer).forEach(WardView::keepWholeWords);
        search.setMinWidth(160);
        toolbar.getStyleClass().add("toolbar-row");
        return toolbar;
    }

    private TableView<WardRow> table() {
        ClinicalFormats formats = model.formats();
        table.setId("wardTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setId("wardPlaceholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.textProperty().bind(model.placeholderTextBinding());
        table.setPlaceholder(placeholder);

        TableColumn<WardRow, String> bed = new TableColumn<>("Bed");
        bed.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patient().bed()));
        TableColumn<WardRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patient().displayName()));
        TableColumn<WardRow, String> mrn = new TableColumn<>("MRN");
        mrn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().patient().id().value()));
        TableColumn<WardRow, LocalDate> born = new TableColumn<>("Born (age)");
        born.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().patient().birthDate()));
        born.setCellFactory(c -> textCell(formats::birthDateWithAge, ""));
        TableColumn<WardRow, Instant> last = new TableColumn<>("Last recorded");
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastRecorded()));
        last.setCellFactory(c -> textCell(formats::dateTime, "none yet"));
        // Widths for 1280 px with the features' columns: a date, a time or an age is never cut short (a cut "(7…"
        // could read as any age); the name and the last column give way first, and a narrower window scrolls.
        width(bed, 50, 45);
        width(name, 160, 130);
        width(mrn, 100, 90);
        width(born, 165, 165);
        width(last, 155, 155);
        table.getColumns().add(bed);
        table.getColumns().add(name);
        table.getColumns().add(mrn);
        table.getColumns().add(born);
        table.getColumns().add(last);

        SortedList<WardRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.setRowFactory(t -> {
            TableRow<WardRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenPatient.accept(row.getItem().patient());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selected().isPresent()) {
                e.consume();
                openSelected();
            }
        });
        return table;
    }

    private static void width(TableColumn<WardRow, ?> column, double preferred, double least) {
        column.setPrefWidth(preferred);
        column.setMinWidth(least);
    }

    private static <T> TableCell<WardRow, T> textCell(Function<T, String> format, String whenAbsent) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? whenAbsent : format.apply(item));
            }
        };
    }

    private void searchKeys(KeyEvent e) {
        if (table.getItems().isEmpty()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
            e.consume();
            table.getSelectionModel().select(0);
            openSelected();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
            e.consume();
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
            table.requestFocus();
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        }
    }

    private Optional<Patient> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(WardRow::patient);
    }

    private void openSelected() {
        selected().ifPresent(onOpenPatient);
    }

    private void openForm(PatientFormViewModel form) {
        new PatientFormDialog(form, getScene().getWindow()).showAndWait()
                .ifPresent(saved -> model.patientSaved(saved, row -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }));
    }

    /** Puts the cursor in the search box: the ward screen's starting point. */
    public void focusSearch() {
        search.requestFocus();
    }

    /** The search box, for callers that must time the focus themselves (see common.Focus). */
    public Node searchField() {
        return search;
    }
}
