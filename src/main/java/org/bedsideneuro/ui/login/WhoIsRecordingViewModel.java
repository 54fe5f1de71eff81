package org.bedsideneuro.ui.login;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.Role;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/** Name and role of the clinician about to record; finds or creates them in the database. */
public final class WhoIsRecordingViewModel {
    private final WardRecords records;
    private final BackgroundRunner runner;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final BooleanBinding canContinue;

    public WhoIsRecordingViewModel(WardRecords records, BackgroundRunner runner) {
        this.records = Objects.requireNonNull(records, "records");
        this.runner = Objects.requireNonNull(runner, "runner");
        canContinue = Bindings.createBooleanBinding(
                () -> !name.get().isBlank() && role.get() != null && !runner.busyProperty().get(),
                name, role, runner.busyProperty());
        // A correction clears the old complaint at once rather than leaving it next to a now valid name.
        name.addListener((obs, old, now) -> nameError.set(""));
    }

    /** The roles offered at the bedside; "other" exists in the data but is not chosen here. */
    public static Role[] offeredRoles() {
        return new Role[] {Role.NEUROLOGIST, Role.NURSE};
    }

    /**
     * Finds or creates the clinician and hands them to {@code onSignedIn} on the FX thread. Nothing is written while
     * the name or role is missing or invalid.
     */
    public void signIn(Consumer<Clinician> onSignedIn) {
        String typed = name.get() == null ? "" : name.get().strip();
        Role chosen = role.get();
        try {
            // The domain's own check, so the rules live in one place (Clinician).
            Clinician.create(typed, chosen == null ? Role.OTHER : chosen);
        } catch (IllegalArgumentException e) {
            nameError.set(e.getMessage());
            return;
        }
        if (chosen == null) {
            notice.set(Notice.problem("Choose your role: neurologist or nurse."));
            return;
        }
        notice.set(null);
        runner.run(() -> records.accounts().recorder(typed, chosen),
                onSignedIn,
                failure -> notice.set(Notice.of(failure)));
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public BooleanBinding canContinueBinding() { return canContinue; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
}
