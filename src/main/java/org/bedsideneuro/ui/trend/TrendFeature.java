package org.bedsideneuro.ui.trend;

import java.util.function.Consumer;
import javafx.scene.control.Tab;
import org.bedsideneuro.ui.common.NextPulse;
import org.bedsideneuro.ui.shell.AppWindow;
import org.bedsideneuro.ui.ward.WardRow;

/**
 * Plugs the trend into the patient page: its "Trend" tab (drawn only while selected) and the flag banner above the
 * tabs. A clicked point or flag shows its exam in the History tab; a changed regimen reloads it.
 */
public final class TrendFeature {
    private TrendFeature() {
    }

    /** Adds the tab and the banner when the patient page is built; {@code built} then gets the view model. FX thread. */
    public static void install(AppWindow window, Consumer<TrendViewModel> built) {
        window.onPatientPage(page -> {
            TrendViewModel model = new TrendViewModel(window.records(), window.clock(), window.runner());
            model.setExamOpener(window::showExam);
            TrendView view = new TrendView(model);
            Tab tab = new Tab("Trend", view);
            tab.setId("trendTab");
            page.addTab(tab);
            view.drawOnlyWhile(tab.selectedProperty());
            page.addBanner(new FlagBanner(model));
            window.onPatientOpened(model::show);
            window.onPatientPageReload(model::refresh);
            window.onRegimenChanged(model::refresh);
            built.accept(model);
        });
    }

    /**
     * The ward's flags column, fed by each ward read (one read per refresh serves list, statuses and flags; the flags'
     * courses are read after the next frame). Returns the flags, for {@link #installReviewColumn}.
     */
    public static WardFlags installFlagsOnWard(AppWindow window) {
        WardFlags flags = new WardFlags(window.records(), window.clock(), window.runner());
        window.wardView().wardTable().getColumns().add(FlagsColumn.create(flags, (WardRow row) -> row.patient().id()));
        window.wardModel().snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) {
                NextPulse.run(window.root().getScene(), () -> flags.update(now));
            }
        });
        return flags;
    }

    /** The review column: installed after the nurse's columns, so the OIN warnings come first on a narrow screen. */
    public static void installReviewColumn(AppWindow window, WardFlags flags) {
        window.wardView().wardTable().getColumns().add(ReviewColumn.create(flags, (WardRow row) -> row.patient().id()));
    }
}
