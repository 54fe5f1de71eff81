package org.bedsideneuro.ui.exam;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bedsideneuro.domain.account.AccessDeniedException;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.regimen.ReviewSchedule;
import org.bedsideneuro.domain.trend.ReviewComparison;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.MmeFactorService;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.ClinicalFormats;
import org.bedsideneuro.ui.common.Notice;

/**
 * The exam form's database work, all through the BackgroundRunner: what to compare with, saving and amending, and
 * finding a draft to resume. Results land on the FX thread; answers for a form that has moved on are dropped.
 */
final class ExamFormStore {
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final ExamFormViewModel form;
    private final WardRecords records;
    private final BackgroundRunner runner;
    private final ExamDrafts drafts;
    private final ClinicalFormats formats;
    private final ReadOnlyObjectWrapper<Draft> resumable = new ReadOnlyObjectWrapper<>(this, "resumableDraft");
    private final ReadOnlyStringWrapper resumeText = new ReadOnlyStringWrapper(this, "resumeText", "");
    private final ReadOnlyBooleanWrapper comparisonLoaded = new ReadOnlyBooleanWrapper(this, "comparisonLoaded");
    /** Counts loads, so a slow answer for an earlier form cannot land on the one now shown. */
    private long generation;
    /** The same for draft look-ups, which run beside a comparison load. */
    private long draftGeneration;

    /** True while the form holds an exam whose save could not reach the database (kept on this laptop meanwhile). */
    private final ReadOnlyBooleanWrapper keptUnsaved = new ReadOnlyBooleanWrapper(this, "keptUnsaved");

    ExamFormStore(ExamFormViewModel form, WardRecords records, BackgroundRunner runner, ExamDrafts drafts) {
        this.form = form;
        this.records = records;
        this.runner = runner;
        this.drafts = drafts;
        this.formats = new ClinicalFormats(form.clock);
        resumable.addListener((obs, old, now) -> resumeText.set(now == null ? ""
                : "Resume the unsaved exam from " + HOUR_MINUTE.format(now.savedAt().atZone(form.clock.getZone()))));
    }

    ClinicalFormats formats() {
        return formats;
    }

    /** Loads the exams to compare with: all current ones for a new exam, those before it for a saved one. */
    void loadComparison() {
        long thisLoad = ++generation;
        comparisonLoaded.set(false);
        Patient patient = form.patient;
        RecordedExam shown = form.shown;
        Instant asOf = shown == null ? form.clock.instant() : shown.exam().recordedAt().toInstant();
        runner.run(() -> records.read(s -> {
            List<Exam> exams = s.exams().current(patient.id());
            // What an opioid review weighs (clinical reference section 8), as it stood when this exam was (or is) recorded.
            ReviewComparison review = ReviewComparison.of(
                    exams.stream().filter(e -> shown == null || !e.id().equals(shown.exam().id())).toList(),
                    s.medications().forPatient(patient.id()),
                    ReviewSchedule.asOrdered(MmeFactorService.tableInForce(s)),
                    form.clock.getZone(), asOf);
            return Map.entry(exams, review);
        }), loaded -> {
            if (thisLoad != generation) {
                return;
            }
            List<Exam> exams = loaded.getKey();
            List<Exam> before = shown == null ? exams : exams.stream()
                    .filter(e -> e.recordedAt().toInstant().isBefore(shown.exam().recordedAt().toInstant())).toList();
            form.comparisonLoaded(Comparison.of(before));
            form.reviewContextLoaded(loaded.getValue());
            comparisonLoaded.set(true);
        }, failure -> form.noticeProperty().set(Notice.of(failure)));
    }

    /**
     * Saves (or amends) {@code exam}; with a {@code password} (not null) it is signed in the same transaction, the
     * only way to amend a signed exam. The password is wiped once the work is done, whatever
     * happened, and never reaches a message or the log.
     */
    void save(Exam exam, boolean amendment, char[] password) {
        drafts.cancelPending();
        Optional<UUID> draftId = drafts.currentId();
        form.savingStarted();
        ++generation;
        runner.run(() -> {
            try {
                if (password != null) {
                    records.exams().saveAndSign(exam, form.clinician, password, draftId);
                    return exam;
                }
                return records.exams().save(exam, amendment, form.clinician, draftId);
            } finally {
                PasswordHasher.wipe(password);
            }
        }, saved -> {
            form.savingEnded();
            keptUnsaved.set(false);
            drafts.stop();
            resumable.set(null);
            form.saved(saved, password != null);
        }, failure -> {
            form.savingEnded();
            // Nothing typed is lost: the form stays as it is, and the draft keeps it should the app close now (on this
            // laptop's disk when the ward server is what cannot be reached).
            drafts.saveNow();
            boolean unreachable = failure.unreachable();
            keptUnsaved.set(unreachable);
            String text = failure.conflict()
                    ? "Not saved - someone changed this exam first. Your entries are still here: " + failure.message()
                    : unreachable
                    ? "Not saved: the ward server cannot be reached. Your exam is kept on this laptop and stays here;"
                            + " press Save again when the server is back. It will be saved once, never twice."
                    : failure.cause() instanceof AccessDeniedException ? failure.message()
                    : "Not saved. Your entries are still here: " + failure.message();
            form.noticeProperty().set(Notice.problem(text));
        });
    }

    ReadOnlyBooleanProperty keptUnsaved() {
        return keptUnsaved.getReadOnlyProperty();
    }

    /** This author's drafts: the database's, and those kept on this laptop while it could not be reached. */
    private List<Draft> allDrafts() {
        return records.drafts().byAuthor(form.clinician.id());
    }

    /** Signs the saved, current exam shown ("Sign…" for an exam saved unsigned); the password is wiped afterwards. */
    void sign(ExamId examId, char[] password, Runnable onSigned) {
        form.savingStarted();
        runner.run(() -> {
            try {
                return records.exams().sign(examId, form.clinician, password);
            } finally {
                PasswordHasher.wipe(password);
            }
        }, signature -> {
            form.savingEnded();
            form.noticeProperty().set(Notice.info("Exam signed: " + signature.text(form.clock.getZone()) + "."));
            loadSignatures(examId);
            onSigned.run();
        }, failure -> {
            form.savingEnded();
            form.noticeProperty().set(Notice.problem(failure.message()));
        });
    }

    /** The signatures of the version shown, for the form's signature line and for which save it allows. */
    void loadSignatures(ExamId examId) {
        long thisLoad = generation;
        runner.run(() -> records.read(s -> s.signatures().forExam(examId)), found -> {
            if (thisLoad == generation && form.shown != null && form.shown.exam().id().equals(examId)) {
                form.signaturesLoaded(found);
            }
        }, failure -> form.noticeProperty().set(Notice.of(failure)));
    }

    void lookForDraft(Patient patient) {
        long thisLoad = ++draftGeneration;
        resumable.set(null);
        runner.run(() -> allDrafts().stream()
                        .filter(d -> d.patient().equals(patient.id()) && ExamDrafts.FORM.equals(d.form()) && !d.isEmpty())
                        .findFirst(),
                found -> {
                    if (thisLoad == draftGeneration) {
                        resumable.set(found.orElse(null));
                    }
                }, failure -> form.noticeProperty().set(Notice.of(failure)));
    }

    /** Opens the draft; one that amended an exam reopens as that amendment if the exam is still current. */
    void resume(Patient patient, Draft draft) {
        ++draftGeneration;
        resumable.set(null);
        if (draft.amends() == null) {
            resumeAsNew(patient, draft);
            return;
        }
        runner.run(() -> records.read(s -> s.exams().find(draft.amends())), found -> {
            if (found.isPresent() && found.get().isCurrent()) {
                form.view(patient, found.get());
                form.amend();
                form.fill(draft.fields(), false);
                drafts.begin(patient.id(), draft.amends(), draft);
            } else {
                resumeAsNew(patient, draft);
                form.noticeProperty().set(Notice.problem("The exam this draft amended was changed meanwhile; "
                        + "the draft is open as a new exam. Nothing was saved yet."));
            }
        }, failure -> form.noticeProperty().set(Notice.of(failure)));
    }

    private void resumeAsNew(Patient patient, Draft draft) {
        form.startNew(patient);
        form.fill(draft.fields(), false);
        drafts.begin(patient.id(), null, draft);
    }

    ReadOnlyObjectProperty<Draft> resumableDraft() { return resumable.getReadOnlyProperty(); }
    ReadOnlyStringProperty resumeText() { return resumeText.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty comparisonLoaded() { return comparisonLoaded.getReadOnlyProperty(); }
}
