package org.bedsideneuro.ui.regimen;

import java.util.function.Consumer;
import javafx.scene.control.Tab;
import org.bedsideneuro.ui.shell.AppWindow;

/**
 * Plugs the regimen (orders, doses, the daily MME) into the patient page as its "Regimen" tab. It follows each
 * patient opened, reloads with the page, and tells the window when an order changed so what depends on the regimen
 * (the trend, the flags) reloads too.
 */
public final class RegimenFeature {
    private RegimenFeature() {
    }

    /** Adds the tab when the patient page is built; {@code built} then gets its view model. FX thread. */
    public static void install(AppWindow window, Consumer<RegimenViewModel> built) {
        window.onPatientPage(page -> {
            RegimenViewModel model = new RegimenViewModel(window.records(), window.clinician(), window.clock(), window.runner(),
                    window::regimenChanged);
            Tab tab = new Tab("Regimen", new RegimenView(model));
            tab.setId("regimenTab");
            page.addTab(tab);
            window.onPatientOpened(model::show);
            window.onPatientPageReload(model::refresh);
            built.accept(model);
        });
    }
}
