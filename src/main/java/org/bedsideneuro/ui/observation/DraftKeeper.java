package org.bedsideneuro.ui.observation;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.clinician.ClinicianId;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.service.DraftService;
import org.bedsideneuro.ui.common.BackgroundRunner;

/**
 * Keeps a half-filled observation as a {@link Draft} (form "observation") while it is typed.
 * Debounced: written once typing pauses, not on every keystroke; written off the FX thread through the runner,
 * whose single thread also orders it before the save that deletes it. FX thread only.
 */
final class DraftKeeper {
    static final String FORM = "observation";
    private static final System.Logger LOG = System.getLogger(DraftKeeper.class.getName());

    private final DraftService drafts;
    private final BackgroundRunner runner;
    private final Clock clock;
    private final PauseTransition pause;
    private Draft draft;
    private boolean stored;
    private Map<String, String> pending;
    private boolean pendingWorthKeeping;

    DraftKeeper(DraftService drafts, BackgroundRunner runner, Clock clock, Clinician author, PatientId patient, ExamId amends,
                Duration delay) {
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.draft = start(author.id(), patient, amends, clock);
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(e -> flush());
    }

    /** A new draft; its time-ordered id is also the observation's when saved (a retried save is recognised). */
    private static Draft start(ClinicianId author, PatientId patient, ExamId amends, Clock clock) {
        return new Draft(TimeOrderedUuid.next(), author, patient, FORM, amends, Map.of(), clock.instant());
    }

    /** Looks for this author's earlier draft of the same observation (in the database or kept on this laptop) and hands it over. */
    void findEarlier(Consumer<Draft> onFound) {
        Draft blank = draft;
        runner.run(() -> drafts.byAuthor(blank.author()).stream()
                        .filter(d -> d.form().equals(FORM) && d.patient().equals(blank.patient()) && Objects.equals(d.amends(), blank.amends()))
                        .findFirst(),
                found -> found.ifPresent(onFound),
                failure -> LOG.log(Level.WARNING, "Could not read drafts: " + failure.message()));
    }

    /** Continues an earlier draft: later changes replace it rather than start a second one. */
    void adopt(Draft earlier) {
        draft = earlier;
        stored = true;
    }

    /** The form changed: keep it once typing pauses (or forget it if nothing worth keeping is left). */
    void changed(Map<String, String> fields, boolean worthKeeping) {
        pending = fields;
        pendingWorthKeeping = worthKeeping;
        pause.playFromStart();
    }

    /** Writes what is pending now (the form is closing): the last keystrokes are not lost to the debounce. */
    void flush() {
        pause.stop();
        if (pending == null) {
            return;
        }
        Map<String, String> fields = pending;
        boolean keep = pendingWorthKeeping;
        pending = null;
        if (keep) {
            draft = draft.withFields(fields, clock.instant());
            stored = true;
            Draft toSave = draft;
            keep(toSave);
        } else if (stored) {
            stored = false;
            UUID id = draft.id();
            ClinicianId author = draft.author();
            delete(author, id);
        }
    }

    /** Forgets the draft and what is pending; the caller deletes the stored one with its save, or {@link #discard()}s it. */
    void stop() {
        pause.stop();
        pending = null;
    }

    /** Deletes the stored draft (the clinician chose to start afresh). */
    void discard() {
        stop();
        UUID id = draft.id();
        draft = start(draft.author(), draft.patient(), draft.amends(), clock);
        if (stored) {
            stored = false;
            delete(draft.author(), id);
        }
    }

    UUID draftId() {
        return draft.id();
    }

    Optional<Draft> current() {
        return stored ? Optional.of(draft) : Optional.empty();
    }

    /** In the database, or on this laptop's disk while the ward server cannot be reached. */
    private void keep(Draft toSave) {
        try {
            runner.run(() -> drafts.keep(toSave), keptHere -> { },
                    failure -> LOG.log(Level.WARNING, "Could not keep the observation draft: " + failure.message()));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.INFO, "Observation draft not kept: the window has closed");
        }
    }

    /** Deletes the stored draft in the database (in order on the runner) and the copy kept on this laptop. */
    private void delete(ClinicianId author, UUID id) {
        try {
            runner.run(() -> {
                drafts.delete(id);
                return null;
            }, ok -> { },
                    // A draft that could not be kept is not a record lost: the form still holds everything; log it for IT.
                    failure -> LOG.log(Level.WARNING, "Could not keep the observation draft: " + failure.message()));
        } catch (RejectedExecutionException e) {
            // The window closed (its runner stopped) while a pause was pending: nothing is open to keep a draft for.
            LOG.log(Level.INFO, "Observation draft not kept: the window has closed");
        }
        drafts.deleteKeptHere(author, id);
    }
}
