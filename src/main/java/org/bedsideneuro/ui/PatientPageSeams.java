package org.bedsideneuro.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.ui.patient.PatientView;

/**
 * The seams of the patient page that features plug into through {@code AppWindow}: parts added when the page is
 * built (its first opening, so the first frame shows the ward only), followers of each patient opened, reloads when
 * someone saved elsewhere, and reloads after a change of regimen. Each runs in the order it was added. FX thread.
 */
final class PatientPageSeams {
    private final Supplier<PatientView> build;
    private final List<Consumer<PatientView>> parts = new ArrayList<>();
    private final List<Consumer<Patient>> followers = new ArrayList<>();
    private final List<Runnable> reloads = new ArrayList<>();
    private final List<Runnable> afterRegimen = new ArrayList<>();
    private PatientView page;

    PatientPageSeams(Supplier<PatientView> build) {
        this.build = build;
    }

    /** The page, built now with every part if it was not yet. */
    PatientView page() {
        if (page == null) {
            page = build.get();
            parts.forEach(part -> part.accept(page));
        }
        return page;
    }

    boolean built() {
        return page != null;
    }

    /** {@code part} adds to the page when it is built, or at once when it already is. */
    void onPage(Consumer<PatientView> part) {
        parts.add(Objects.requireNonNull(part, "part"));
        if (page != null) {
            part.accept(page);
        }
    }

    void onOpened(Consumer<Patient> follower) { followers.add(Objects.requireNonNull(follower, "follower")); }
    void opened(Patient patient) { followers.forEach(follower -> follower.accept(patient)); }
    void onReload(Runnable reload) { reloads.add(Objects.requireNonNull(reload, "reload")); }
    void reload() { reloads.forEach(Runnable::run); }
    void onRegimenChanged(Runnable reload) { afterRegimen.add(Objects.requireNonNull(reload, "reload")); }
    void regimenChanged() { afterRegimen.forEach(Runnable::run); }
}
