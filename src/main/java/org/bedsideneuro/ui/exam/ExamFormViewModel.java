package org.bedsideneuro.ui.exam;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bedsideneuro.domain.account.Action;
import org.bedsideneuro.domain.account.Permissions;
import org.bedsideneuro.domain.clinician.Clinician;
import org.bedsideneuro.domain.exam.Comparison;
import org.bedsideneuro.domain.exam.Draft;
import org.bedsideneuro.domain.exam.Exam;
import org.bedsideneuro.domain.exam.ExamId;
import org.bedsideneuro.domain.exam.ExamKind;
import org.bedsideneuro.domain.exam.ExamStatus;
import org.bedsideneuro.domain.exam.RecordedExam;
import org.bedsideneuro.domain.exam.Signature;
import org.bedsideneuro.domain.finding.Finding;
import org.bedsideneuro.domain.finding.FindingCode;
import org.bedsideneuro.domain.finding.FindingKey;
import org.bedsideneuro.domain.finding.Section;
import org.bedsideneuro.domain.finding.Side;
import org.bedsideneuro.domain.patient.Patient;
import org.bedsideneuro.domain.trend.ReviewComparison;
import org.bedsideneuro.security.PasswordHasher;
import org.bedsideneuro.service.WardRecords;
import org.bedsideneuro.ui.common.BackgroundRunner;
import org.bedsideneuro.ui.common.Notice;

/**
 * The bedside exam form: cells per finding and side, typed from the keyboard, checked as they are typed,
 * compared with baseline and last exam, scored live, saved or amended off the FX thread and kept as a draft meanwhile.
 * Validation and comparison live in {@link FormRules}; drafts in {@link ExamDrafts}; loading and saving in
 * {@link ExamFormStore}.
 */
public final class ExamFormViewModel {
    /** The sections on the form, in bedside order; lab values are the nurse's, not the exam's. */
    static final List<Section> FORM_SECTIONS = List.of(Section.STRENGTH, Section.REFLEXES, Section.PLANTAR_CLONUS,
            Section.GAIT, Section.SENSORY, Section.MYOCLONUS, Section.OIN, Section.PAIN, Section.REVIEW);
    /** The draft key of the free-text note; cells use FindingKey.columnName(). */
    static final String NOTE_KEY = "note";

    final Clinician clinician;
    final Clock clock;
    private final Map<FindingKey, FindingField> fields = new LinkedHashMap<>();
    private final List<SectionModel> sections = new ArrayList<>();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyObjectWrapper<FormMode> mode = new ReadOnlyObjectWrapper<>(this, "mode", FormMode.CLOSED);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper anyRecorded = new ReadOnlyBooleanWrapper(this, "anyRecorded");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper hasLastExam = new ReadOnlyBooleanWrapper(this, "hasLastExam");
    private final ReadOnlyBooleanWrapper shownIsCurrent = new ReadOnlyBooleanWrapper(this, "shownIsCurrent");
    /** The version shown (or being amended) carries a signature: its amendment must be signed too. */
    private final ReadOnlyBooleanWrapper shownSigned = new ReadOnlyBooleanWrapper(this, "shownSigned");
    private final ReadOnlyStringWrapper signatureText = new ReadOnlyStringWrapper(this, "signatureText", "");
    /** {@link #shown} as a property, so that what depends on which version is shown is recomputed when it changes. */
    private final ReadOnlyObjectWrapper<RecordedExam> shownVersion = new ReadOnlyObjectWrapper<>(this, "shownVersion");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final ExamScores scores = new ExamScores();
    private final BooleanBinding editable;
    private final BooleanBinding canSave;
    private final BooleanBinding canAmend;
    private final BooleanBinding canSaveAndSign;
    private final BooleanBinding canSign;
    /** What this clinician's role allows: the form hides the rest. */
    private final boolean mayExamine;
    private final boolean maySign;
    private final ExamDrafts drafts;
    private final ExamFormStore store;
    private final FormRules rules;

    Patient patient;
    /** The saved version shown or being amended; null for a new exam. */
    RecordedExam shown;
    Comparison comparison = Comparison.none();
    /** True while the form fills itself (a saved exam, a copy, a draft): not the clinician typing, so no draft. */
    private boolean filling;
    private Consumer<Exam> onSaved = exam -> { };

    /** Shown above the Opioid review section: the opioid review's due day and what it compares (clinical reference section 8). */
    private final ReadOnlyStringWrapper reviewContext = new ReadOnlyStringWrapper(this, "reviewContext", "");

    public ExamFormViewModel(WardRecords records, Clinician clinician, Clock clock, BackgroundRunner runner) {
        this.clinician = Objects.requireNonNull(clinician, "clinician");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mayExamine = Permissions.allows(clinician, false, Action.RECORD_EXAM);
        this.maySign = Permissions.allows(clinician, false, Action.SIGN_EXAM);
        for (Section section : FORM_SECTIONS) {
            for (FindingCode code : FindingCode.inSection(section)) {
                for (Side side : code.sided() ? Side.values() : new Side[] {null}) {
                    FindingField field = new FindingField(new FindingKey(code, side));
                    fields.put(field.key(), field);
                    field.textProperty().addListener((obs, old, now) -> edited());
                }
            }
            sections.add(new SectionModel(section, fields));
        }
        note.addListener((obs, old, now) -> edited());
        rules = new FormRules(fields);
        drafts = new ExamDrafts(records.drafts(), clinician, clock, runner, this::draftFields, f -> notice.set(Notice.problem(
                "The draft could not be kept (" + f.message() + "). The form is still here; save it when you can.")));
        store = new ExamFormStore(this, records, runner, drafts);
        editable = Bindings.createBooleanBinding(() -> mode.get().editable() && !saving.get(), mode, saving);
        BooleanBinding complete = editable.and(valid).and(anyRecorded)
                .and(Bindings.createBooleanBinding(() -> mode.get() != FormMode.AMEND || !reason.get().isBlank(), mode, reason));
        // A signed exam is amended only with a new signature (21 CFR 11.10(e), 11.70): plain Save is not offered.
        canSave = complete.and(Bindings.createBooleanBinding(() -> mode.get() != FormMode.AMEND || !shownSigned.get(), mode, shownSigned));
        canSaveAndSign = complete.and(Bindings.createBooleanBinding(() -> maySign));
        // A nerve conduction study is amended in its own form (ui.ncs): this form has none of its fields, and an
        // amendment typed here would replace its values with bedside findings.
        canAmend = Bindings.createBooleanBinding(() -> mayExamine && mode.get() == FormMode.VIEW && shownIsCurrent.get() && !saving.get()
                && !(shownVersion.get() != null && shownVersion.get().exam().isNerveConductionStudy()), mode, shownIsCurrent, saving, shownVersion);
        canSign = Bindings.createBooleanBinding(() -> maySign && mode.get() == FormMode.VIEW && shownIsCurrent.get() && !saving.get()
                && shownVersion.get() != null && shownVersion.get().exam().kind() == ExamKind.EXAM && !shownSigned.get(),
                mode, shownIsCurrent, shownSigned, saving, shownVersion);
        revalidate();
    }

    // ---- opening ----

    /** A new, empty exam for this patient; baseline and last values load in the background. */
    public void startNew(Patient forPatient) {
        open(forPatient, null, FormMode.NEW, Map.of());
        drafts.begin(forPatient.id(), null, null);
        store.loadComparison();
    }

    /** Continues a draft of this clinician's: the form as it was typed, still kept as the same draft. */
    public void resume(Patient forPatient, Draft draft) {
        store.resume(forPatient, draft);
    }

    /** Shows a saved exam version read-only, compared with what was recorded before it. */
    public void view(Patient forPatient, RecordedExam recorded) {
        open(forPatient, recorded, FormMode.VIEW, texts(recorded.exam()));
        drafts.stop();
        store.loadComparison();
        store.loadSignatures(recorded.exam().id());
    }

    /** Opens an editable copy of the exam shown; saving needs a reason and keeps the original in the history. */
    public void amend() {
        if (!canAmend.get()) {
            return;
        }
        reason.set("");
        mode.set(FormMode.AMEND);
        title.set("Amending the exam of " + store.formats().dateTime(shown.exam().recordedAt()) + " · give a reason"
                + (shownSigned.get() ? " · it is signed: save and sign the amendment with your password" : ""));
        drafts.begin(patient.id(), shown.exam().id(), null);
    }

    void open(Patient forPatient, RecordedExam recorded, FormMode newMode, Map<String, String> texts) {
        patient = Objects.requireNonNull(forPatient, "patient");
        shown = recorded;
        shownVersion.set(recorded);
        shownIsCurrent.set(recorded != null && recorded.status() == ExamStatus.CURRENT);
        shownSigned.set(false);
        signatureText.set(recorded == null || recorded.exam().kind() != ExamKind.EXAM ? "" : "Not signed");
        comparison = Comparison.none();
        reviewContext.set("");
        hasLastExam.set(false);
        notice.set(null);
        reason.set("");
        fill(texts, false);
        mode.set(newMode);
        title.set(switch (newMode) {
            case NEW -> "New exam · " + forPatient.displayName();
            case VIEW -> "Saved exam of " + store.formats().dateTime(recorded.exam().recordedAt()) + " by "
                    + recorded.exam().recordedBy().signature() + " · " + statusWord(recorded.status()) + " · read-only";
            default -> title.get();
        });
    }

    private static String statusWord(ExamStatus status) {
        return switch (status) {
            case CURRENT -> "current";
            case AMENDED -> "amended (older version)";
            case VOIDED -> "voided";
        };
    }

    /** Sets every cell's text without it counting as typing; {@code copied} marks them as "from the last exam". */
    void fill(Map<String, String> texts, boolean copied) {
        filling = true;
        try {
            for (FindingField field : fields.values()) {
                String text = texts.getOrDefault(field.key().columnName(), "");
                field.textProperty().set(text);
                field.markCopied(copied ? text : null);
            }
            if (!copied) {
                note.set(texts.getOrDefault(NOTE_KEY, ""));
            }
        } finally {
            filling = false;
        }
        revalidate();
    }

    /** "Copy from last exam": starts from the last exam's values; cells changed afterwards are highlighted. */
    public void copyFromLast() {
        if (editable.get()) {
            comparison.lastExam().ifPresent(last -> {
                fill(texts(last), true);
                drafts.changed();
            });
        }
    }

    static Map<String, String> texts(Exam exam) {
        Map<String, String> texts = new LinkedHashMap<>();
        exam.findings().forEach(f -> texts.put(f.key().columnName(), f.value().code()));
        texts.put(NOTE_KEY, exam.note());
        return texts;
    }

    void reviewContextLoaded(ReviewComparison review) {
        String due = review.schedule().due().map(d -> "Opioid review due " + d + " (" + review.schedule().dueBecause() + ").\n").orElse("");
        reviewContext.set(due + review.text() + "\nA record with a decision is an opioid review; sign it as an exam.");
    }

    public ReadOnlyStringProperty reviewContextProperty() { return reviewContext.getReadOnlyProperty(); }

    void comparisonLoaded(Comparison loaded) {
        comparison = loaded;
        hasLastExam.set(loaded.lastExam().isPresent());
        fields.values().forEach(f -> f.compareWith(loaded));
    }

    // ---- typing ----

    private void edited() {
        revalidate();
        if (!filling && editable != null && editable.get()) {
            drafts.changed();
        }
    }

    private void revalidate() {
        List<Finding> findings = rules.apply();
        problems.set(rules.problemSummary());
        valid.set(problems.get().isEmpty());
        anyRecorded.set(!findings.isEmpty());
        scores.update(findings);
    }

    /** The form's text per cell and the note: what a draft keeps. */
    Map<String, String> draftFields() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.values().forEach(f -> out.put(f.key().columnName(), f.textProperty().get() == null ? "" : f.textProperty().get()));
        out.put(NOTE_KEY, note.get() == null ? "" : note.get());
        return out;
    }

    /** The findings typed so far (valid cells only; call when {@link #validProperty()} is true). */
    List<Finding> findings() {
        return rules.apply();
    }

    // ---- saving ----

    /** Saves (or amends) off the FX thread; on a refusal the form keeps everything typed and says why. */
    public void save() {
        if (!canSave.get()) {
            if (editable.get()) {
                notice.set(Notice.problem(whyNot()));
            }
            return;
        }
        Exam exam = buildExam();
        if (exam != null) {
            store.save(exam, mode.get() == FormMode.AMEND, null);
        }
    }

    /**
     * "Save and sign…": saves and signs as author in one transaction, with the password typed
     * again. {@code password} is wiped here or once the background work ends, and never kept.
     */
    public void saveAndSign(char[] password) {
        if (!canSaveAndSign.get()) {
            PasswordHasher.wipe(password);
            if (editable.get()) {
                notice.set(Notice.problem(maySign ? whyNot() : "Not saved: only a neurologist signs an exam."));
            }
            return;
        }
        Exam exam = buildExam();
        if (exam == null) {
            PasswordHasher.wipe(password);
            return;
        }
        store.save(exam, mode.get() == FormMode.AMEND, password);
    }

    /** "Sign…" on a saved, unsigned exam shown read-only. */
    public void sign(char[] password) {
        if (!canSign.get()) {
            PasswordHasher.wipe(password);
            return;
        }
        store.sign(shown.exam().id(), password, () -> onSaved.accept(shown.exam()));
    }

    private String whyNot() {
        return !valid.get() ? "Not saved: " + problems.get()
                : !anyRecorded.get() ? "Not saved: nothing is recorded yet."
                : mode.get() == FormMode.AMEND && reason.get().isBlank() ? "Not saved: give a reason for the amendment."
                : "Not saved: this exam is signed, so its amendment is saved with Save and sign\u2026 and your password.";
    }

    private Exam buildExam() {
        try {
            Exam exam = mode.get() == FormMode.NEW
                    ? Exam.record(patient.id(), ExamKind.EXAM, OffsetDateTime.now(clock), clinician, findings(), note.get())
                    : shown.exam().amend(findings(), note.get(), clinician, clock.instant(), reason.get());
            // One id per form, from the first attempt on: a save repeated after a lost answer is recognised, not doubled.
            return exam.withId(new ExamId(drafts.examId()));
        } catch (IllegalArgumentException e) {
            notice.set(Notice.problem("Not saved: " + e.getMessage()));
            return null;
        }
    }

    void signaturesLoaded(List<Signature> signatures) {
        shownSigned.set(!signatures.isEmpty());
        signatureText.set(signatures.isEmpty() ? (shown.exam().kind() == ExamKind.EXAM ? "Not signed" : "")
                : String.join("\n", signatures.stream().map(s -> s.text(clock.getZone())).toList()));
    }

    void savingStarted() { saving.set(true); }
    void savingEnded() { saving.set(false); }

    void saved(Exam exam, boolean signed) {
        open(patient, new RecordedExam(exam, ExamStatus.CURRENT, clock.instant()), FormMode.VIEW, texts(exam));
        notice.set(Notice.info((exam.amendment() == null ? "Exam saved" : "Amendment saved; the earlier version stays in the history")
                + (signed ? " and signed." : ".")));
        store.loadComparison();
        store.loadSignatures(exam.id());
        onSaved.accept(exam);
    }

    /** Called on the FX thread after a save succeeded (the patient page reloads its history). */
    public void setOnSaved(Consumer<Exam> callback) {
        onSaved = Objects.requireNonNull(callback, "callback");
    }

    /** Looks for this clinician's unsaved exam of this patient and offers it. */
    public void lookForDraft(Patient forPatient) {
        store.lookForDraft(forPatient);
    }

    /** Leaves the form (another patient was opened): what was typed is kept as a draft first, never dropped. */
    public void closeForm() {
        if (editable.get()) {
            drafts.saveNow();
        }
        drafts.stop();
        shown = null;
        shownVersion.set(null);
        fill(Map.of(), false);
        notice.set(null);
        mode.set(FormMode.CLOSED);
        title.set("No exam open: use New exam, or press Enter on an exam in the history to read it.");
    }

    /** Stops the pending draft timer (the window is closing; its background thread goes with it). */
    public void close() {
        drafts.stop();
    }

    // ---- for views and tests ----

    public FindingField field(FindingCode code, Side side) { return fields.get(new FindingKey(code, side)); }
    public FindingField field(FindingCode code) { return field(code, null); }
    public List<SectionModel> sections() { return List.copyOf(sections); }
    public ExamScores scores() { return scores; }
    public StringProperty noteProperty() { return note; }
    public StringProperty reasonProperty() { return reason; }
    public ReadOnlyObjectProperty<FormMode> modeProperty() { return mode.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasLastExamProperty() { return hasLastExam.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** Empty when every cell is valid, else what to fix, in words. */
    public ReadOnlyStringProperty problemsProperty() { return problems.getReadOnlyProperty(); }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public BooleanBinding editableBinding() { return editable; }
    public BooleanBinding canSaveBinding() { return canSave; }
    public BooleanBinding canAmendBinding() { return canAmend; }
    public BooleanBinding canSaveAndSignBinding() { return canSaveAndSign; }
    public BooleanBinding canSignBinding() { return canSign; }
    /** Whether this clinician may amend exams and sign them at all: the form hides Amend and the signing buttons otherwise. */
    public boolean mayExamine() { return mayExamine; }
    public boolean maySign() { return maySign; }
    public ReadOnlyBooleanProperty shownSignedProperty() { return shownSigned.getReadOnlyProperty(); }
    /** The shown version's signatures, "Not signed" for an unsigned exam, "" for an observation. */
    public ReadOnlyStringProperty signatureTextProperty() { return signatureText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Draft> resumableDraftProperty() { return store.resumableDraft(); }
    public ReadOnlyStringProperty resumeTextProperty() { return store.resumeText(); }
    /** Background loading or saving of this form still under way (tests wait on the runner). */
    public ReadOnlyBooleanProperty comparisonLoadedProperty() { return store.comparisonLoaded(); }
    public RecordedExam shownExam() { return shown; }
    /** True while the form holds an exam whose save could not reach the ward server; it is kept on this laptop meanwhile. */
    public ReadOnlyBooleanProperty keptUnsavedProperty() { return store.keptUnsaved(); }
    /** The id this form's exam is saved under (for tests of retried saves); null when no form is being typed. */
    UUID pendingExamId() { return drafts.examId(); }
}
