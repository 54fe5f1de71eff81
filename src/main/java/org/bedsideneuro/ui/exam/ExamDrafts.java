package org.bedsideneuro.ui.exam;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.TimeOrderedUuid;
import org.bedsideneuro.domain.patient.PatientId;
import org.bedsideneuro.service.DraftService;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Failure;

/**
 * Keeps the form being typed as a Draft: saved a moment after the last change, off the FX thread,
 * so a crash or a closed laptop loses at most that moment. Work goes through the one background thread, so a draft
 * saved before the exam is always deleted by the exam's save, never written after it.
 */
final class ExamDrafts {
    static final String FORM = "exam";
    /** Issue #3 point 6: about a second after the last change; short enough to lose little, long enough not to write per key. */
    static final Duration DELAY = Duration.seconds(1);

    private final DraftService drafts;
    private final Clinician author;
    private final Clock clock;
    private final BackgroundRunner runner;
    private final Supplier<Map<String, String>> snapshot;
    private final Consumer<Failure> onFailure;
    private final PauseTransition pause = new PauseTransition(DELAY);
    private PatientId patient;
    private ExamId amends;
    private Draft draft;
    /** The draft's id, and the id the exam gets when it is saved: the same from the first attempt to the one that succeeds. */
    private UUID id;

    ExamDrafts(DraftService drafts, Clinician author, Clock clock, BackgroundRunner runner,
               Supplier<Map<String, String>> snapshot, Consumer<Failure> onFailure) {
        this.drafts = drafts;
        this.author = author;
        this.clock = clock;
        this.runner = runner;
        this.snapshot = snapshot;
        this.onFailure = onFailure;
        pause.setOnFinished(e -> saveNow());
    }

    /** Starts keeping drafts for a form on this patient; {@code resumed} is the draft being continued, or null. */
    void begin(PatientId forPatient, ExamId amending, Draft resumed) {
        pause.stop();
        patient = forPatient;
        amends = amending;
        draft = resumed;
        id = resumed != null ? resumed.id() : TimeOrderedUuid.next();
    }

    /** Stops keeping drafts (the form shows a saved exam now); an existing draft row is left to the caller. */
    void stop() {
        pause.stop();
        patient = null;
        draft = null;
    }

    void changed() {
        if (patient != null) {
            pause.playFromStart();
        }
    }

    /** Saves the form as it is now; nothing is written for a form that was never typed in. */
    void saveNow() {
        pause.stop();
        if (patient == null) {
            return;
        }
        Map<String, String> fields = snapshot.get();
        if (draft == null && fields.values().stream().allMatch(String::isBlank)) {
            return;
        }
        draft = (draft == null ? new Draft(id, author.id(), patient, FORM, amends, Map.of(), clock.instant()) : draft)
                .withFields(fields, clock.instant());
        Draft toSave = draft;
        // In the database, or on this laptop's disk while the ward server cannot be reached.
        runner.run(() -> drafts.keep(toSave), keptHere -> { }, onFailure);
    }

    Optional<UUID> currentId() {
        return Optional.ofNullable(draft).map(Draft::id);
    }

    /** The id the exam is saved under (the draft's); null when no form is being typed. */
    UUID examId() {
        return patient == null ? null : id;
    }

    /** Drops the pending save without writing (the exam is being saved and deletes the draft itself). */
    void cancelPending() {
        pause.stop();
    }
}
