package org.bedsideneuro.ui.mmefactors;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.bedsideneuro.domain.finding.Coded;
import org.bedsideneuro.domain.regimen.DoseUnit;
import org.bedsideneuro.domain.regimen.ParenteralPreset;
import org.bedsideneuro.domain.regimen.Route;
import org.bedsideneuro.ui.common.NoticeArea;

/**
 * The administrator's parenteral MME factors screen: the line in force, a Preset tab (choice, its factors with their
 * sources, what saving it would change), a Custom table tab (rows of drug, route, factor, unit; one source) and a
 * History tab. Binds to {@link MmeFactorsViewModel} only.
 */
public final class MmeFactorsView extends BorderPane {
    private final MmeFactorsViewModel model;

    public MmeFactorsView(MmeFactorsViewModel model) {
        this.model = model;
        setId("mmeFactorsScreen");
        getStyleClass().add("screen");
        Label title = new Label("Parenteral MME factors");
        title.getStyleClass().add("findings-title");
        Label inForce = new Label();
        inForce.setId("mmeFactorsInForce");
        inForce.textProperty().bind(model.inForceLineProperty());
        Label why = new Label("The hospital's choice (clinical reference section 6): published tables disagree by up to three times."
                + " A new table applies to every MME shown from then on, past days included.");
        why.setWrapText(true);
        why.getStyleClass().add("muted");
        setTop(new VBox(title, inForce, why, new NoticeArea(model.noticeProperty())));
        Tab preset = new Tab("Preset", presetPane());
        preset.setId("mmeFactorsPresetTab");
        Tab custom = new Tab("Custom table", customPane());
        custom.setId("mmeFactorsCustomTab");
        Tab history = new Tab("History", historyPane());
        history.setId("mmeFactorsHistoryTab");
        TabPane tabs = new TabPane(preset, custom, history);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        setCenter(tabs);
    }

    private VBox presetPane() {
        ComboBox<ParenteralPreset> presets = new ComboBox<>();
        presets.setId("mmeFactorsPreset");
        presets.getItems().setAll(model.presets());
        presets.setConverter(new StringConverter<>() {
            @Override public String toString(ParenteralPreset p) { return p == null ? "" : p.label(); }
            @Override public ParenteralPreset fromString(String s) { return null; }
        });
        presets.valueProperty().bindBidirectional(model.chosenPresetProperty());
        Button save = new Button("Save");
        save.setId("mmeFactorsSave");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> model.save());
        HBox choose = new HBox(new Label("Preset"), presets, save);
        choose.getStyleClass().add("toolbar-row");

        TableView<FactorRow> preview = new TableView<>(model.preview());
        preview.setId("mmeFactorsPreview");
        preview.getColumns().add(column("Drug", FactorRow::drug, 130));
        preview.getColumns().add(column("Route", FactorRow::route, 70));
        preview.getColumns().add(column("MME per unit", FactorRow::mmePerUnit, 140));
        preview.getColumns().add(column("Source", FactorRow::source, 520));
        VBox.setVgrow(preview, Priority.ALWAYS);

        Label changesTitle = new Label("What saving this preset changes");
        changesTitle.getStyleClass().add("section-title");
        ListView<String> changes = new ListView<>(model.changes());
        changes.setId("mmeFactorsChanges");
        changes.setPlaceholder(new Label("No factor changes: this preset's factors are the ones in force."));
        changes.setPrefHeight(160);
        Label note = new Label("A drug and route a table has no factor for is not counted (never counted as zero).");
        note.getStyleClass().add("muted");
        return new VBox(8, choose, preview, changesTitle, changes, note);
    }

    private VBox customPane() {
        VBox rows = new VBox(4);
        rows.setId("mmeFactorsCustomRows");
        model.customRows().addListener((ListChangeListener<CustomFactorRow>) c -> showRows(rows));
        Button add = new Button("Add row");
        add.setId("mmeFactorsAddRow");
        add.setOnAction(e -> model.addCustomRow());
        TextField source = new TextField();
        source.setId("mmeFactorsSource");
        source.setPromptText("Source of these factors (e.g. the committee decision), one line");
        source.textProperty().bindBidirectional(model.customSourceProperty());
        HBox.setHgrow(source, Priority.ALWAYS);
        Button save = new Button("Save custom table");
        save.setId("mmeFactorsSaveCustom");
        save.getStyleClass().add("primary");
        save.disableProperty().bind(Bindings.isEmpty(model.customRows()));
        save.setOnAction(e -> model.saveCustom());
        HBox sourceRow = new HBox(new Label("Source"), source, save);
        sourceRow.getStyleClass().add("toolbar-row");
        Label note = new Label("Each drug and route once, MME per mg or mcg, above 0. Drugs and routes left out are not counted.");
        note.getStyleClass().add("muted");
        return new VBox(8, rows, new HBox(add), sourceRow, note);
    }

    private void showRows(VBox rows) {
        rows.getChildren().setAll(model.customRows().stream().map(this::editor).toList());
    }

    private HBox editor(CustomFactorRow row) {
        TextField drug = new TextField();
        drug.setPromptText("Drug, e.g. hydromorphone");
        drug.getStyleClass().add("custom-factor-drug");
        drug.textProperty().bindBidirectional(row.drugProperty());
        ComboBox<Route> route = new ComboBox<>();
        route.getItems().setAll(ParenteralPreset.ROUTES);
        route.setConverter(codes());
        route.valueProperty().bindBidirectional(row.routeProperty());
        TextField factor = new TextField();
        factor.setPromptText("MME per unit");
        factor.getStyleClass().add("custom-factor-value");
        factor.textProperty().bindBidirectional(row.factorProperty());
        ComboBox<DoseUnit> unit = new ComboBox<>();
        unit.getItems().setAll(DoseUnit.MG, DoseUnit.MCG);
        unit.setConverter(codes());
        unit.valueProperty().bindBidirectional(row.unitProperty());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> model.removeCustomRow(row));
        HBox line = new HBox(drug, route, factor, new Label("MME per"), unit, remove);
        line.getStyleClass().add("toolbar-row");
        return line;
    }

    private VBox historyPane() {
        TableView<ChoiceRow> table = new TableView<>(model.history());
        table.setId("mmeFactorsHistory");
        table.setPlaceholder(new Label("Nobody has chosen yet: BedsideNeuro's default is in force."));
        table.getColumns().add(column("When", ChoiceRow::when, 150));
        table.getColumns().add(column("Table", ChoiceRow::table, 220));
        table.getColumns().add(column("Chosen by", ChoiceRow::by, 260));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, table);
    }

    private static <T extends Coded> StringConverter<T> codes() {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : value.code(); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
