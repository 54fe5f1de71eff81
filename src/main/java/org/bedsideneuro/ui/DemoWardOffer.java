package org.bedsideneuro.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.persistence.Database;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;
import org.bedsideneuro.ui.ward.WardViewModel;

/**
 * The first-run offer: when the ward is empty, load the demo ward so a new user can look around.
 * Offered only when the wiring supplied a loader, and only until the ward has patients.
 */
public final class DemoWardOffer {
    private final Database database;
    private final Clinician clinician;
    private final BackgroundRunner runner;
    private final WardViewModel ward;
    private final DemoWardLoader loader;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final BooleanBinding offered;

    /** {@code loader} may be null: then nothing is offered. */
    public DemoWardOffer(Database database, Clinician clinician, BackgroundRunner runner, WardViewModel ward, DemoWardLoader loader) {
        this.database = Objects.requireNonNull(database, "database");
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.ward = Objects.requireNonNull(ward, "ward");
        this.loader = loader;
        offered = Bindings.createBooleanBinding(() -> loader != null && ward.wardEmptyBinding().get(), ward.wardEmptyBinding());
    }

    /** Loads the demo ward in the background, then reloads the ward list. */
    public void load() {
        if (loader == null || loading.get()) {
            return;
        }
        loading.set(true);
        runner.run(() -> {
                    loader.load(database, clinician);
                    return Boolean.TRUE;
                },
                done -> {
                    loading.set(false);
                    ward.noticeProperty().set(Notice.info("The demo ward is loaded. Its patients are invented."));
                    ward.refresh();
                },
                failure -> {
                    loading.set(false);
                    ward.noticeProperty().set(Notice.problem("The demo ward could not be loaded: " + failure.message()));
                });
    }

    public BooleanBinding offeredBinding() { return offered; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
}
