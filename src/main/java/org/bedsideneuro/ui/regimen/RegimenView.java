package org.bedsideneuro.ui.regimen;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bedsideneuro.ui.common.Failure;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.common.NoticeArea;

/** The Regimen tab: the current daily MME at the top, the actions, and the orders (running first). */
public final class RegimenView extends VBox {
    private static final String[] ROW_CLASSES = {"order-stopped", "order-not-counted"};

    private final RegimenViewModel model;
    private final TableView<OrderRow> table = new TableView<>();

    public RegimenView(RegimenViewModel model) {
        this.model = model;
        getStyleClass().addAll("screen", "regimen-screen");
        setId("regimenView");

        Label current = new Label();
        current.setId("currentMme");
        current.getStyleClass().add("current-mme");
        current.textProperty().bind(model.currentMmeProperty());
        Label notCounted = new Label();
        notCounted.setId("mmeNotCounted");
        notCounted.getStyleClass().add("mme-not-counted");
        notCounted.setWrapText(true);
        notCounted.textProperty().bind(model.notCountedProperty());
        notCounted.managedProperty().bind(model.notCountedProperty().isNotEmpty());
        notCounted.visibleProperty().bind(model.notCountedProperty().isNotEmpty());

        Label parts = new Label();
        parts.setId("mmeBreakdown");
        parts.getStyleClass().add("muted");
        parts.setWrapText(true);
        parts.textProperty().bind(model.breakdownProperty());
        Label factors = new Label();
        factors.setId("mmeFactorsInForce");
        factors.getStyleClass().add("muted");
        factors.textProperty().bind(model.factorsInForceProperty());
        Label plan = new Label();
        plan.setId("firstLinePlan");
        plan.setWrapText(true);
        plan.setMinHeight(Region.USE_PREF_SIZE); // every agent's line, never cut off by the table below
        plan.textProperty().bind(model.firstLinePlanProperty());
        plan.managedProperty().bind(model.firstLinePlanProperty().isNotEmpty());
        plan.visibleProperty().bind(model.firstLinePlanProperty().isNotEmpty());
        getChildren().addAll(new NoticeArea(model.noticeProperty()), current, parts, factors, notCounted, toolbar(), buildTable(), plan);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox toolbar() {
        BooleanBinding noneRunning = Bindings.createBooleanBinding(() -> selected().map(r -> !r.running()).orElse(true),
                table.getSelectionModel().selectedItemProperty());
        Button add = button("orderAdd", "Add order…", () -> new OrderFormDialog(model.newOrderForm(), getScene().getWindow())
                .showAndWait().ifPresent(o -> model.saved("Added " + o.summary() + ".")));
        Button stop = button("orderStop", "Stop…", () -> selected().ifPresent(r -> new StopOrderDialog(model.stopForm(r), getScene().getWindow())
                .showAndWait().ifPresent(done -> model.saved("Stopped " + r.order().summary() + "."))));
        Button change = button("orderChange", "Change…", () -> selected().ifPresent(r -> new OrderFormDialog(model.changeForm(r), getScene().getWindow())
                .showAndWait().ifPresent(o -> model.saved("Changed to " + o.summary() + "."))));
        Button rotate = button("orderRotate", "Rotate opioid…", () -> selected().ifPresent(r -> new RotationDialog(model.rotationForm(r), getScene().getWindow())
                .showAndWait().ifPresent(o -> model.saved("Rotated to " + o.summary() + "."))));
        for (Button manage : new Button[] {add, stop, change, rotate}) {
            manage.setVisible(model.canManageOrders()); // a nurse reads the regimen; the neurologist changes it
            manage.setManaged(model.canManageOrders());
        }
        stop.disableProperty().bind(noneRunning);
        change.disableProperty().bind(noneRunning);
        rotate.disableProperty().bind(noneRunning);
        Button mmeTable = button("mmeTableButton", "MME table", () -> new MmeTableDialog(model.mmeTable(), getScene().getWindow()).showAndWait());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(add, stop, change, rotate, spacer, mmeTable);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    /** A refusal (rotating an adjuvant, say) becomes a notice, never an exception dialog. */
    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> {
            try {
                action.run();
            } catch (IllegalArgumentException refused) {
                model.noticeProperty().set(Notice.of(Failure.of(refused)));
            }
        });
        return button;
    }

    private TableView<OrderRow> buildTable() {
        table.setId("regimenTable");
        table.setPlaceholder(new Label("No medication orders recorded."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Drug", OrderRow::drug, 120));
        table.getColumns().add(column("Dose", OrderRow::dose, 60));
        table.getColumns().add(column("Unit", OrderRow::unit, 60));
        table.getColumns().add(column("Route", OrderRow::route, 110));
        table.getColumns().add(column("Doses/day", OrderRow::dosesPerDay, 80));
        table.getColumns().add(column("Start", OrderRow::start, 140));
        table.getColumns().add(column("Stop", OrderRow::stop, 140));
        table.getColumns().add(column("Daily MME", OrderRow::mme, 220));
        table.getColumns().add(column("Note", OrderRow::note, 140));
        table.getColumns().forEach(c -> c.setSortable(false)); // running first, newest first: the order is the message
        table.setItems(model.orders());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OrderRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(ROW_CLASSES);
                if (!empty && item != null && !item.styleClass().isEmpty()) {
                    getStyleClass().add(item.styleClass());
                }
                // Where an imported order came from, in full, where the pointer rests on its row.
                setTooltip(empty || item == null || item.source().isEmpty() ? null : new Tooltip(item.source()));
            }
        });
        return table;
    }

    private static TableColumn<OrderRow, String> column(String title, Function<OrderRow, String> value, double width) {
        TableColumn<OrderRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Optional<OrderRow> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    public TableView<OrderRow> table() {
        return table;
    }
}
